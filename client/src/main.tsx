// Starts the app in the page's #root element, once the person's language is loaded.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { startPreferences } from './preferences/preferencesStore.ts'
import './palette.css'
import './styles.css'
import './facilitation.css'
import './themes.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
void startPreferences().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
