// Loads a language's messages. English is part of the app; every other language is its own
// small file, fetched from this app's own server the first time someone chooses it.
import type { LanguageCode } from './languages.ts'
import { messages as english } from './messages/en/index.ts'
import type { Catalog } from './messages/types.ts'

export type MessageKey = keyof typeof english

export const englishCatalog: Catalog = english

const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<Catalog>> = {
  ar: () => import('./messages/ar/index.ts').then((module) => module.messages),
  pl: () => import('./messages/pl/index.ts').then((module) => module.messages),
}

const loaded = new Map<LanguageCode, Catalog>([['en', english]])

/** The language's messages if they are here already. */
export function loadedCatalog(code: LanguageCode): Catalog | undefined {
  return loaded.get(code)
}

/** Fetches a language's messages once; on failure (offline, say) the app stays in English. */
export async function loadCatalog(code: LanguageCode): Promise<Catalog | null> {
  const ready = loaded.get(code)
  if (ready) return ready
  if (code === 'en') return english
  try {
    const catalog = await loaders[code]()
    loaded.set(code, catalog)
    return catalog
  } catch {
    return null
  }
}
