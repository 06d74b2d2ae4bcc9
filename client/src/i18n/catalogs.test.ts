// Every language says everything English says, with the same placeholders, in the right area.
import { describe, expect, it } from 'vitest'
import { areas as arabicAreas, messages as arabic } from './messages/ar/index.ts'
import { areas as englishAreas, messages as english } from './messages/en/index.ts'
import { areas as polishAreas, messages as polish } from './messages/pl/index.ts'
import type { Catalog } from './messages/types.ts'
import { placeholdersOf } from './translate.ts'

const translations: Record<string, Catalog> = { ar: arabic, pl: polish }

describe('message catalogues', () => {
  it('keeps every key in the area file named by its prefix, so areas never overwrite each other', () => {
    for (const areas of [englishAreas, arabicAreas, polishAreas]) {
      for (const [area, messages] of Object.entries(areas)) {
        for (const key of Object.keys(messages)) expect(key.startsWith(`${area}.`), `${key} in ${area}`).toBe(true)
      }
    }
  })

  it('has an easy-read wording only beside a plain one', () => {
    for (const key of Object.keys(english).filter((name) => name.endsWith('.easy'))) {
      expect(english, key).toHaveProperty([key.slice(0, -'.easy'.length)])
    }
  })

  for (const [language, catalog] of Object.entries(translations)) {
    it(`${language}: translates every English message, with the same placeholders and nothing left empty`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort())
      for (const [key, message] of Object.entries(english)) {
        const translated = catalog[key]
        expect(translated, key).toBeDefined()
        if (translated === undefined) continue
        expect(placeholdersOf(translated), key).toEqual(placeholdersOf(message))
        const forms = typeof translated === 'string' ? [translated] : Object.values(translated)
        for (const form of forms) expect(String(form).trim(), key).not.toBe('')
        if (typeof message !== 'string') expect(typeof translated, `${key} needs plural forms`).toBe('object')
      }
    })
  }

  it('translates rather than copies: most messages differ from English', () => {
    for (const catalog of Object.values(translations)) {
      const same = Object.entries(english).filter(([key, message]) => JSON.stringify(catalog[key]) === JSON.stringify(message))
      // Names such as "Roundtable" stay the same; a catalogue that is mostly English is a mistake.
      expect(same.length).toBeLessThan(Object.keys(english).length * 0.1 + 2)
    }
  })
})
