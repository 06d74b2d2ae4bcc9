// Translators for unit tests: the real catalogues in a chosen language and reading mode,
// without a browser or its stored preferences.
import { englishCatalog } from '../i18n/catalogs.ts'
import type { LanguageCode } from '../i18n/languages.ts'
import { messages as arabic } from '../i18n/messages/ar/index.ts'
import { messages as polish } from '../i18n/messages/pl/index.ts'
import type { Catalog } from '../i18n/messages/types.ts'
import { translate } from '../i18n/translate.ts'
import type { Translate } from '../i18n/useT.ts'

const catalogs: Record<LanguageCode, Catalog> = { en: englishCatalog, ar: arabic, pl: polish }

export function translatorFor(language: LanguageCode, easyRead = false): Translate {
  const options = { locale: language, catalog: catalogs[language], fallback: englishCatalog, easyRead }
  return (key, params) => translate(options, key, params)
}
