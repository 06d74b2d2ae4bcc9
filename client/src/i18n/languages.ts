// The languages Roundtable speaks, each named in itself so a person can find their own,
// with the direction its script runs.

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
] as const

export type LanguageCode = (typeof LANGUAGES)[number]['code']
export type TextDirection = 'ltr' | 'rtl'

export const DEFAULT_LANGUAGE: LanguageCode = 'en'

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value)
}

export function directionOf(code: LanguageCode): TextDirection {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr'
}

/** The first of the browser's preferred languages that Roundtable speaks, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): LanguageCode {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguageCode(base)) return base
  }
  return DEFAULT_LANGUAGE
}
