import { describe, expect, it } from 'vitest'
import { median, medianOfRuns, percentile } from './stats.ts'

describe('percentile', () => {
  it('interpolates between the closest ranks, whatever order the samples came in', () => {
    const samples = [40, 10, 30, 20, 50]
    expect(percentile(samples, 0)).toBe(10)
    expect(percentile(samples, 50)).toBe(30)
    expect(percentile(samples, 100)).toBe(50)
    expect(percentile(samples, 25)).toBe(20)
    expect(percentile(samples, 90)).toBeCloseTo(46)
  })

  it('lets one slow sample in a hundred show at p99 but not at p50', () => {
    const samples = [...Array.from({ length: 99 }, () => 1), 100]
    expect(percentile(samples, 50)).toBe(1)
    expect(percentile(samples, 99)).toBeGreaterThan(1)
    expect(percentile(samples, 100)).toBe(100)
  })

  it('is NaN for no samples and refuses a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN()
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })
})

describe('median', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([3, 1, 4, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })
})

describe('medianOfRuns', () => {
  it('skips runs without a figure and is null when none has one', () => {
    expect(medianOfRuns([5, null, 1, Number.NaN, 3])).toBe(3)
    expect(medianOfRuns([null, Number.NaN])).toBeNull()
  })
})
