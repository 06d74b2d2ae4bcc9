// The live copy of this browser's preferences: read once at start, saved on every change,
// and reflected on the page's root element so every screen (and the stylesheet) follows them.
import { loadCatalog } from '../i18n/catalogs.ts'
import { directionOf } from '../i18n/languages.ts'
import { type Preferences, defaultPreferences, parsePreferences } from './preferences.ts'

const STORAGE_KEY = 'roundtable:preferences'

let current: Preferences = readStored()
const listeners = new Set<() => void>()

function readStored(): Preferences {
  const defaults = defaultPreferences(typeof navigator === 'undefined' ? [] : navigator.languages)
  try {
    return parsePreferences(window.localStorage.getItem(STORAGE_KEY), defaults)
  } catch {
    // Storage can be switched off; the defaults still work, they just are not remembered.
    return defaults
  }
}

export function getPreferences(): Preferences {
  return current
}

export function subscribePreferences(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Changes some settings. A new language is loaded before it is shown, so the page never mixes two. */
export async function updatePreferences(change: Partial<Preferences>): Promise<void> {
  if (change.language && change.language !== current.language) {
    const catalog = await loadCatalog(change.language)
    if (!catalog) change = { ...change, language: current.language }
  }
  current = { ...current, ...change }
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current))
  } catch {
    // Not remembered, but still applied for this visit.
  }
  applyToDocument(current)
  for (const listener of [...listeners]) listener()
}

/** The page-wide switches the stylesheet reads: language and direction, easy read, contrast, text size. */
export function applyToDocument(preferences: Preferences, root: HTMLElement = document.documentElement): void {
  root.lang = preferences.language
  root.dir = directionOf(preferences.language)
  root.dataset.easyRead = String(preferences.easyRead)
  root.dataset.contrast = preferences.highContrast ? 'high' : 'standard'
  root.dataset.textSize = preferences.textSize
}

/** Before the first render: the stored language's words are loaded and the page set up for them. */
export async function startPreferences(): Promise<void> {
  const catalog = await loadCatalog(current.language)
  if (!catalog) current = { ...current, language: 'en' }
  applyToDocument(current)
}
