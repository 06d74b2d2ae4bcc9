import { describe, expect, it } from 'vitest'
import { comparisonTable, formatNumber, markdownTable, ratioText } from './resultsTable.ts'

describe('formatNumber', () => {
  it('keeps about three significant figures at every size', () => {
    expect(formatNumber(0.012345)).toBe('0.012')
    expect(formatNumber(1.2345)).toBe('1.23')
    expect(formatNumber(12.345)).toBe('12.3')
    expect(formatNumber(1234.5)).toBe('1,235')
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(12)).toBe('12')
  })
})

describe('ratioText', () => {
  it("divides ours by theirs, so below 1 means ours is smaller", () => {
    expect(ratioText(1, 2)).toBe('0.50×')
    expect(ratioText(3, 1)).toBe('3.00×')
  })

  it('gives no ratio when a figure is missing, explained, zero on their side or negative (a noisy difference)', () => {
    expect(ratioText(null, 2)).toBe('')
    expect(ratioText(1, 'no storage')).toBe('')
    expect(ratioText(1, 0)).toBe('')
    expect(ratioText(1, -0.3)).toBe('')
    expect(ratioText(-1, 2)).toBe('')
  })
})

describe('comparisonTable', () => {
  it("puts each server's figure in its column and ours divided by a peer's beside the peer's figure", () => {
    const table = comparisonTable({
      servers: ['Ours', 'Peer A', 'Peer B'],
      ours: 'Ours',
      rows: [
        { metric: 'p99 latency (ms)', values: { Ours: 5, 'Peer A': 10, 'Peer B': null } },
        { metric: 'lost updates', values: { Ours: 0, 'Peer A': 'n/a: memory only', 'Peer B': 4 } },
        { metric: 'edits sent', values: { Ours: 100, 'Peer A': 50, 'Peer B': 100 }, compare: false },
      ],
    })
    expect(table.split('\n')).toEqual([
      '|  | Ours | Peer A | Peer B |',
      '| --- | --- | --- | --- |',
      '| p99 latency (ms) | 5 | 10 (ours 0.50×) | — |',
      '| lost updates | 0 | n/a: memory only | 4 (ours 0.00×) |',
      '| edits sent | 100 | 50 | 100 |',
    ])
  })
})

describe('markdownTable', () => {
  it('escapes a pipe inside a cell so the row keeps its columns', () => {
    expect(markdownTable(['a'], [['x | y']])).toContain('x \\| y')
  })
})
