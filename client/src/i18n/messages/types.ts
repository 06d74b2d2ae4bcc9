// The shape of a message catalogue. A message is a string with {placeholders}, or a set of
// plural forms chosen by the `count` parameter under the language's own plural rules.
// A key ending in `.easy` is the easy-read wording of the key without it.

export interface PluralMessage {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

export type Message = string | PluralMessage

export type Catalog = Readonly<Record<string, Message>>

/** Another language's version of an English area file: every key, no more. */
export type Translation<T extends Catalog> = { readonly [K in keyof T]: Message }
