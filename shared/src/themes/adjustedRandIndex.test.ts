import { describe, expect, it } from 'vitest'
import { adjustedRandIndex, labelsOf } from './adjustedRandIndex.ts'

// Expected values worked by hand from the contingency table:
// ARI = (Σ C(nij,2) − E) / (½(Σ C(ai,2) + Σ C(bj,2)) − E), E = Σ C(ai,2)·Σ C(bj,2) / C(n,2).
describe('adjustedRandIndex', () => {
  it('is 1 for the same grouping under other names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['x', 'x', 'y', 'y', 'z'])).toBe(1)
  })

  it('gives 4/7 when one group of two is split in half', () => {
    // Table (0,0)=2 (1,1)=1 (1,2)=1: index 1, rows 2, columns 1, E = 2·1/6 = 1/3, max 3/2.
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2'])).toBeCloseTo(4 / 7, 12)
    expect(adjustedRandIndex(['0', '0', '1', '2'], ['0', '0', '1', '1'])).toBeCloseTo(4 / 7, 12)
  })

  it('gives 8/33 for two groups of three against three pairs', () => {
    // Table (0,0)=2 (0,1)=1 (1,1)=1 (1,2)=2: index 2, rows 6, columns 3, E = 18/15, max 9/2.
    expect(adjustedRandIndex(['0', '0', '0', '1', '1', '1'], ['0', '0', '1', '1', '2', '2'])).toBeCloseTo(8 / 33, 12)
  })

  it('is 0 when agreement is what chance would give', () => {
    // Index 1, rows 2, columns 3, E = 2·3/6 = 1.
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'x', 'x', 'y'])).toBe(0)
  })

  it('is negative when the groupings cross each other', () => {
    // Index 0, rows 2, columns 2, E = 2/3, max 2: (0 − 2/3) / (2 − 2/3) = −1/2.
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '1', '0', '1'])).toBeCloseTo(-0.5, 12)
  })

  it('treats two identical trivial groupings as full agreement', () => {
    expect(adjustedRandIndex(['a', 'a', 'a'], ['b', 'b', 'b'])).toBe(1)
    expect(adjustedRandIndex(['a', 'b', 'c'], ['x', 'y', 'z'])).toBe(1)
    expect(adjustedRandIndex(['a'], ['b'])).toBe(1)
    expect(adjustedRandIndex([], [])).toBe(1)
  })

  it('refuses groupings of different ideas', () => {
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow(RangeError)
  })
})

describe('labelsOf', () => {
  it('labels each idea by the group that holds it', () => {
    const groups = [{ ideaIds: ['b', 'c'] }, { ideaIds: ['a'] }]
    expect(labelsOf(groups, ['a', 'b', 'c'])).toEqual(['1', '0', '0'])
  })
})
