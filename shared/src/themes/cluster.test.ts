import { describe, expect, it } from 'vitest'
import { averageLinkageMerges, clusterBySimilarity, cutTree } from './cluster.ts'
import type { SimilarityMatrix } from './cluster.ts'
import { refine } from './refine.ts'
import { silhouette, silhouettesAlongMerges } from './silhouette.ts'

/** Ideas in the same block are alike (0.8), others barely (0.05). */
function blocks(...sizes: number[]): SimilarityMatrix {
  const block = sizes.flatMap((size, b) => new Array<number>(size).fill(b))
  const n = block.length
  const values = new Float64Array(n * n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) values[i * n + j] = i === j ? 1 : block[i] === block[j] ? 0.8 : 0.05
  return { n, values }
}

describe('clusterBySimilarity', () => {
  it('finds groups of clearly alike ideas', () => {
    expect(clusterBySimilarity(blocks(3, 4, 2))).toEqual([[0, 1, 2], [3, 4, 5, 6], [7, 8]])
  })

  it('handles no ideas and one idea', () => {
    expect(clusterBySimilarity({ n: 0, values: new Float64Array() })).toEqual([])
    expect(clusterBySimilarity({ n: 1, values: Float64Array.of(1) })).toEqual([[0]])
  })

  it('keeps ideas that are all alike together', () => {
    expect(clusterBySimilarity(blocks(5))).toEqual([[0, 1, 2, 3, 4]])
  })
})

describe('averageLinkageMerges and cutTree', () => {
  it('joins the most alike first, so cutting at k gives k groups', () => {
    const merges = averageLinkageMerges(blocks(2, 2))
    expect(merges[0]?.similarity).toBeCloseTo(0.8)
    expect(merges.at(-1)?.similarity).toBeCloseTo(0.05)
    expect(cutTree(merges, 4, 2)).toEqual([0, 0, 1, 1])
    expect(cutTree(merges, 4, 1)).toEqual([0, 0, 0, 0])
    expect(cutTree(merges, 4, 4)).toEqual([0, 1, 2, 3])
  })
})

describe('silhouette', () => {
  it('is 8/9 for two tight pairs far apart', () => {
    // Each idea: distance 0.2 within, 0.95 to the other pair → (0.95 − 0.2) / 0.95.
    expect(silhouette(blocks(2, 2), [0, 0, 1, 1])).toBeCloseTo(0.75 / 0.95, 12)
  })

  it('scores ideas alone in their group as 0', () => {
    expect(silhouette(blocks(2, 2), [0, 1, 2, 3])).toBe(0)
    expect(silhouette(blocks(2, 2), [0, 0, 0, 0])).toBe(0)
  })

  it('gives, merge by merge, the silhouette of each cut', () => {
    const matrix = blocks(3, 2, 2)
    const merges = averageLinkageMerges(matrix)
    const steps = silhouettesAlongMerges(matrix, cutTree(merges, 7, 5), merges.slice(2, 5))
    steps.forEach((score, step) => expect(score).toBeCloseTo(silhouette(matrix, cutTree(merges, 7, 5 - step)), 12))
  })
})

describe('refine', () => {
  it('moves an idea to the group it is most like', () => {
    expect(refine(blocks(3, 3), [0, 0, 0, 1, 1, 0], 2)).toEqual([0, 0, 0, 1, 1, 1])
  })

  it('leaves a good grouping as it is', () => {
    expect(refine(blocks(2, 3), [0, 0, 1, 1, 1], 2)).toEqual([0, 0, 1, 1, 1])
  })
})
