// Sets a person's display preferences before any page loads, as if they had chosen them in
// "Display and language" on an earlier visit.
import type { BrowserContext } from 'playwright-core'

export interface StoredPreferences {
  language?: 'en' | 'ar' | 'pl'
  easyRead?: boolean
  highContrast?: boolean
  textSize?: 'standard' | 'large' | 'largest'
  boardView?: 'canvas' | 'list'
}

export async function choosePreferences(context: BrowserContext, preferences: StoredPreferences): Promise<void> {
  await context.addInitScript((stored) => {
    if (!window.localStorage.getItem('roundtable:preferences')) {
      window.localStorage.setItem('roundtable:preferences', JSON.stringify(stored))
    }
  }, preferences)
}

export const MODES: { name: string; preferences: StoredPreferences }[] = [
  { name: 'standard', preferences: {} },
  { name: 'easy read', preferences: { easyRead: true } },
  { name: 'high contrast', preferences: { highContrast: true } },
]
