// Turns a message key into words: the language's own message (or its easy-read wording when
// easy read is on), falling back to English, with {placeholders} filled in and plural forms
// chosen by the language's rules. Pure, so it is tested without a browser.
import type { Catalog, Message } from './messages/types.ts'

export type MessageParams = Readonly<Record<string, string | number>>

export interface TranslateOptions {
  locale: string
  catalog: Catalog
  fallback: Catalog
  easyRead: boolean
}

export function translate(options: TranslateOptions, key: string, params: MessageParams = {}): string {
  const message = pick(options, key)
  if (message === undefined) return key
  return fill(chooseForm(message, options.locale, params), params, options.locale)
}

function pick({ catalog, fallback, easyRead }: TranslateOptions, key: string): Message | undefined {
  // The person's language first, easy wording before plain; English only where the language has neither,
  // so one sentence never mixes two languages.
  for (const source of [catalog, fallback]) {
    const message = (easyRead ? source[`${key}.easy`] : undefined) ?? source[key]
    if (message !== undefined) return message
  }
  return undefined
}

const pluralRules = new Map<string, Intl.PluralRules>()

function chooseForm(message: Message, locale: string, params: MessageParams): string {
  if (typeof message === 'string') return message
  const count = typeof params.count === 'number' ? params.count : 0
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  // An exact zero reads better as its own sentence ("No ideas yet") where the catalogue has one.
  if (count === 0 && message.zero !== undefined) return message.zero
  return message[rules.select(count)] ?? message.other
}

function fill(text: string, params: MessageParams, locale: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? value.toLocaleString(locale) : value
  })
}

/** The placeholder names a message uses, in every plural form: a test compares them across languages. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((form) => typeof form === 'string')
  const names = new Set<string>()
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) if (match[1]) names.add(match[1])
  return [...names].sort()
}
