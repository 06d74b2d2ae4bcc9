import { describe, expect, it } from 'vitest'
import { placeholdersOf, translate } from './translate.ts'

const fallback = {
  'demo.hello': 'Hello {name}',
  'demo.hello.easy': 'Hi {name}.',
  'demo.ideas': { zero: 'No ideas yet', one: '{count} idea', other: '{count} ideas' },
  'demo.only': 'Only in English',
}

const polish = {
  'demo.hello': 'Cześć {name}',
  'demo.ideas': { one: '{count} pomysł', few: '{count} pomysły', many: '{count} pomysłów', other: '{count} pomysłu' },
}

const arabic = {
  'demo.ideas': {
    zero: 'لا أفكار',
    one: 'فكرة واحدة',
    two: 'فكرتان',
    few: '{count} أفكار',
    many: '{count} فكرة',
    other: '{count} فكرة',
  },
}

const english = { locale: 'en', catalog: fallback, fallback, easyRead: false }

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(english, 'demo.hello', { name: 'Teal Otter' })).toBe('Hello Teal Otter')
    expect(translate(english, 'demo.hello')).toBe('Hello {name}')
  })

  it('uses the easy-read wording only when easy read is on, and the plain one where there is none', () => {
    expect(translate({ ...english, easyRead: true }, 'demo.hello', { name: 'Sam' })).toBe('Hi Sam.')
    expect(translate({ ...english, easyRead: true }, 'demo.only')).toBe('Only in English')
  })

  it('chooses English plural forms, with a sentence of its own for none', () => {
    expect(translate(english, 'demo.ideas', { count: 0 })).toBe('No ideas yet')
    expect(translate(english, 'demo.ideas', { count: 1 })).toBe('1 idea')
    expect(translate(english, 'demo.ideas', { count: 1200 })).toBe('1,200 ideas')
  })

  it('chooses Polish plural forms by Polish rules', () => {
    const options = { locale: 'pl', catalog: polish, fallback, easyRead: false }
    expect(translate(options, 'demo.ideas', { count: 1 })).toBe('1 pomysł')
    expect(translate(options, 'demo.ideas', { count: 3 })).toBe('3 pomysły')
    expect(translate(options, 'demo.ideas', { count: 5 })).toBe('5 pomysłów')
    expect(translate(options, 'demo.ideas', { count: 22 })).toBe('22 pomysły')
  })

  it('chooses Arabic plural forms and writes numbers the Arabic way', () => {
    const options = { locale: 'ar', catalog: arabic, fallback, easyRead: false }
    expect(translate(options, 'demo.ideas', { count: 2 })).toBe('فكرتان')
    expect(translate(options, 'demo.ideas', { count: 3 })).toBe(`${(3).toLocaleString('ar')} أفكار`)
    expect(translate(options, 'demo.ideas', { count: 11 })).toBe(`${(11).toLocaleString('ar')} فكرة`)
  })

  it('falls back to English for a missing message, and to the key for an unknown one', () => {
    const options = { locale: 'pl', catalog: polish, fallback, easyRead: true }
    expect(translate(options, 'demo.only')).toBe('Only in English')
    // The Polish plain wording beats the English easy-read one: never mix two languages in one sentence.
    expect(translate(options, 'demo.hello', { name: 'Ola' })).toBe('Cześć Ola')
    expect(translate(options, 'demo.missing')).toBe('demo.missing')
  })

  it('lists the placeholders of every form', () => {
    expect(placeholdersOf('Hello {name}, {name}')).toEqual(['name'])
    expect(placeholdersOf({ one: '{count} idea by {who}', other: '{count} ideas' })).toEqual(['count', 'who'])
  })
})
