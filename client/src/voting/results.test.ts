import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { ordinal, resultRows } from './results.ts'

const english = { t: translatorFor('en'), locale: 'en' }

describe('results', () => {
  it('names places in words', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => ordinal(n, english))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ])
  })

  it('names places the way Polish writes them', () => {
    const polish = { t: translatorFor('pl'), locale: 'pl' }
    expect([1, 2, 3].map((n) => ordinal(n, polish))).toEqual(['1.', '2.', '3.'])
  })

  it('ranks by votes and shows ties as ties', () => {
    const ideas = [
      { id: 'a', text: 'Quiet room' },
      { id: 'b', text: 'Easy read letters' },
      { id: 'c', text: 'Someone to say hello' },
      { id: 'd', text: 'Signs with pictures' },
      { id: 'e', text: '   ' },
    ]
    const tallies = new Map([
      ['a', 2],
      ['b', 5],
      ['c', 5],
    ])
    expect(resultRows(ideas, tallies, english).map((row) => `${row.rank}: ${row.text} (${row.votes})`)).toEqual([
      'Joint 1st: Easy read letters (5)',
      'Joint 1st: Someone to say hello (5)',
      '3rd: Quiet room (2)',
      '4th: Signs with pictures (0)',
    ])
  })
})
