import { describe, expect, it } from 'vitest'
import { freeSpots, scatteredSpots } from './cardSpots.ts'

const size = { w: 100, h: 50 }
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + size.w && a.x + size.w > b.x && a.y < b.y + size.h && a.y + size.h > b.y

describe('spots for new cards', () => {
  it('puts the first card in the middle of an empty view', () => {
    expect(freeSpots({ x: 0, y: 0 }, size, [])[0]).toEqual({ x: -50, y: -25 })
  })

  it('moves along the row when the middle is taken', () => {
    const taken = [{ minX: -50, minY: -25, maxX: 50, maxY: 25 }]
    expect(freeSpots({ x: 0, y: 0 }, size, taken)[0]).toEqual({ x: 74, y: -25 })
  })

  it('scatters several cards onto distinct free spots', () => {
    const taken = [{ minX: -50, minY: -25, maxX: 50, maxY: 25 }]
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const spots = scatteredSpots({ x: 0, y: 0 }, size, taken, 5, random)
    expect(spots).toHaveLength(5)
    for (const [i, a] of spots.entries()) {
      expect(overlaps(a, { x: -50, y: -25 })).toBe(false)
      for (const b of spots.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
    }
  })
})
