import { describe, expect, it } from 'vitest'
import { stem } from './stem.ts'

const sameStem = (...words: string[]) => new Set(words.map(stem)).size === 1

describe('stem', () => {
  it('brings plurals and -ed/-ing forms of a word together', () => {
    expect(sameStem('appointment', 'appointments')).toBe(true)
    expect(sameStem('wait', 'waits', 'waiting', 'waited')).toBe(true)
    expect(sameStem('book', 'booked', 'booking')).toBe(true)
    expect(sameStem('cancel', 'cancelled')).toBe(true)
    expect(sameStem('cope', 'coping')).toBe(true)
    expect(sameStem('worry', 'worries', 'worried')).toBe(true)
    expect(sameStem('discharge', 'discharged')).toBe(true)
    expect(sameStem('care', 'cared', 'caring')).toBe(true)
  })

  it('does not take the s off words that are not plurals', () => {
    expect(stem('bus')).toBe('bus')
    expect(stem('virus')).toBe('virus')
    expect(stem('analysis')).toBe('analysis')
    expect(stem('access')).toBe('access')
  })

  it('keeps a person apart from what they do', () => {
    expect(stem('carer')).not.toBe(stem('care'))
  })

  it('leaves words in other scripts and with accents as they are', () => {
    expect(stem('wizyty')).toBe('wizyty')
    expect(stem('cafés')).toBe('cafés')
    expect(stem('العيادة')).toBe('العيادة')
  })
})
