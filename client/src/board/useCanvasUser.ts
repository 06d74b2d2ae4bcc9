// The person as tldraw sees them: tldraw's own saved settings, but always in the language
// chosen for Roundtable, so the canvas's menus and direction follow a change of language at once.
import { useEffect, useMemo, useState } from 'react'
import { type Signal, type TLCurrentUser, atom, computed, createTLCurrentUser } from 'tldraw'
import { type LanguageCode, isLanguageCode } from '../i18n/languages.ts'
import { updatePreferences } from '../preferences/preferencesStore.ts'

export function useCanvasUser(language: LanguageCode): TLCurrentUser {
  const [locale] = useState(() => atom('roundtable language', language))
  useEffect(() => {
    locale.set(language)
  }, [locale, language])
  // tldraw's settings saved in this browser, shared with any other tldraw on this site.
  return useMemo(() => canvasUser(locale, createTLCurrentUser(), (chosen) => void updatePreferences({ language: chosen })), [locale])
}

/** Choosing one of Roundtable's languages in tldraw's own menu changes Roundtable's language too; other settings stay tldraw's. */
export function canvasUser(locale: Signal<string>, saved: TLCurrentUser, chooseLanguage: (language: LanguageCode) => void): TLCurrentUser {
  return createTLCurrentUser({
    userPreferences: computed('roundtable user', () => ({ ...saved.userPreferences.get(), locale: locale.get() })),
    setUserPreferences: (preferences) => {
      const { locale: chosen, ...rest } = preferences
      if (chosen && chosen !== locale.get() && isLanguageCode(chosen)) chooseLanguage(chosen)
      // The language is Roundtable's to keep; tldraw keeps the rest.
      saved.setUserPreferences({ ...rest, locale: saved.userPreferences.get().locale ?? null })
    },
  })
}
