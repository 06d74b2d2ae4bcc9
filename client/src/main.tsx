// Starts the app in the page's #root element, once the person's language is loaded.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { roomsApi } from './api/roomsApi.ts'
import { startHeadStart } from './room/headStart.ts'
import { parseRoute } from './routing/route.ts'
import { startPreferences } from './preferences/preferencesStore.ts'
import './palette.css'
import './styles.css'
import './facilitation.css'
import './themes.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// A board's details, code and data are asked for now, while the page's words load and it first renders.
startHeadStart(parseRoute(window.location.pathname), { api: roomsApi() })
void startPreferences().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
