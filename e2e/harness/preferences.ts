// Sets a person's display preferences before any page loads, as if they had chosen them in
// "Display and language" on an earlier visit.
import type { BrowserContext } from 'playwright-core'
import type { PersonOptions } from './Browser.ts'

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

/** The modes every page is checked in: the three the issue names, then two languages with system settings. */
export const MODES: { name: string; preferences: StoredPreferences; system?: PersonOptions }[] = [
  { name: 'standard', preferences: {} },
  { name: 'easy read', preferences: { easyRead: true } },
  { name: 'high contrast', preferences: { highContrast: true } },
  { name: 'Arabic, dark scheme, reduced motion', preferences: { language: 'ar' }, system: { colorScheme: 'dark', reducedMotion: 'reduce' } },
  { name: 'Polish, largest text, easy read', preferences: { language: 'pl', textSize: 'largest', easyRead: true } },
]
