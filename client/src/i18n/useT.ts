// The words for the person's language and reading mode. `useT()` in components re-renders
// them when either changes; `tNow()` serves code outside React (error messages made in hooks).
import { useMemo } from 'react'
import { getPreferences } from '../preferences/preferencesStore.ts'
import { usePreferences } from '../preferences/usePreferences.ts'
import type { Preferences } from '../preferences/preferences.ts'
import { type MessageKey, englishCatalog, loadedCatalog } from './catalogs.ts'
import { type MessageParams, translate } from './translate.ts'

export type Translate = (key: MessageKey, params?: MessageParams) => string

function translateFor(preferences: Preferences): Translate {
  const options = {
    locale: preferences.language,
    catalog: loadedCatalog(preferences.language) ?? englishCatalog,
    fallback: englishCatalog,
    easyRead: preferences.easyRead,
  }
  return (key, params) => translate(options, key, params)
}

export function useT(): Translate {
  const preferences = usePreferences()
  const { language, easyRead } = preferences
  // A new function only when the language or reading mode changes, so it can sit in dependency lists.
  return useMemo(() => translateFor({ ...preferences, language, easyRead }), [language, easyRead])
}

export function tNow(key: MessageKey, params?: MessageParams): string {
  return translateFor(getPreferences())(key, params)
}
