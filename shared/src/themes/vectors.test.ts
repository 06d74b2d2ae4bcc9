import { describe, expect, it } from 'vitest'
import { ideaTerms } from './ideaTerms.ts'
import { cosine, weighTerms } from './vectors.ts'

const similarities = (...texts: string[]) => {
  const { vectors } = weighTerms(texts.map((text) => ideaTerms(text).terms))
  return (i: number, j: number) => cosine(vectors[i]!, vectors[j]!)
}

describe('weighTerms and cosine', () => {
  it('finds an idea identical to itself and its duplicate', () => {
    const similarity = similarities('Free parking at the clinic', 'Free parking at the clinic', 'Kind staff')
    expect(similarity(0, 0)).toBeCloseTo(1, 12)
    expect(similarity(0, 1)).toBeCloseTo(1, 12)
  })

  it('finds nothing in common between ideas with no shared word or concern', () => {
    const similarity = similarities('Free parking', 'Dłuższe wizyty')
    expect(similarity(0, 1)).toBe(0)
  })

  it('relates ideas that share a concern in different words', () => {
    const similarity = similarities('Cheaper bus fares', 'Somewhere to park the car', 'Staff who smile', 'Leaflets in Urdu')
    expect(similarity(0, 1)).toBeGreaterThan(0)
    expect(similarity(0, 1)).toBeGreaterThan(similarity(0, 2))
    expect(similarity(0, 1)).toBeGreaterThan(similarity(0, 3))
  })

  it('counts a word shared by every idea for less than a rare one', () => {
    const { idf } = weighTerms([['clinic', 'bus'], ['clinic', 'ramp'], ['clinic', 'bus']])
    expect(idf.get('clinic')).toBeLessThan(idf.get('bus')!)
    expect(idf.get('bus')).toBeLessThan(idf.get('ramp')!)
  })
})
