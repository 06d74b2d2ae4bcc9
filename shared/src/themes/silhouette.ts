// The silhouette of a grouping (Rousseeuw, 1987), with distance 1 − similarity: how much
// closer each idea is to its own group than to the nearest other group, averaged.

import type { SimilarityMatrix } from './cluster.ts'

/**
 * Silhouette from each idea's summed distance to each cluster (itself left out).
 * An idea alone in its cluster scores 0, as does every idea when there is one cluster.
 */
function score(n: number, width: number, labels: Int32Array, counts: Float64Array, sums: Float64Array): number {
  let total = 0
  for (let i = 0; i < n; i++) {
    const own = labels[i] ?? 0
    const ownCount = counts[own] ?? 0
    if (ownCount < 2) continue
    const within = (sums[i * width + own] ?? 0) / (ownCount - 1)
    let nearest = Infinity
    for (let c = 0; c < width; c++) {
      const count = counts[c] ?? 0
      if (c !== own && count > 0) nearest = Math.min(nearest, (sums[i * width + c] ?? 0) / count)
    }
    const spread = Math.max(within, nearest)
    if (spread > 0 && Number.isFinite(nearest)) total += (nearest - within) / spread
  }
  return n > 0 ? total / n : 0
}

interface Sums {
  labels: Int32Array
  counts: Float64Array
  sums: Float64Array
  width: number
}

function distanceSums({ n, values }: SimilarityMatrix, start: readonly number[]): Sums {
  const width = start.reduce((max, label) => Math.max(max, label + 1), 0)
  const labels = Int32Array.from(start)
  const counts = new Float64Array(width)
  const sums = new Float64Array(n * width)
  for (let i = 0; i < n; i++) {
    counts[labels[i] ?? 0] = (counts[labels[i] ?? 0] ?? 0) + 1
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      const cell = i * width + (labels[j] ?? 0)
      sums[cell] = (sums[cell] ?? 0) + 1 - (values[i * n + j] ?? 0)
    }
  }
  return { labels, counts, sums, width }
}

/** Mean silhouette of one grouping, labels 0…k-1. */
export function silhouette(matrix: SimilarityMatrix, labels: readonly number[]): number {
  const { counts, sums, width } = distanceSums(matrix, labels)
  return score(matrix.n, width, Int32Array.from(labels), counts, sums)
}

/**
 * Silhouettes of a grouping and of each grouping after it as merges join the clusters
 * holding ideas a and b: one O(n²) pass, then O(n·k) a step, instead of O(n²) a step.
 */
export function silhouettesAlongMerges(matrix: SimilarityMatrix, start: readonly number[], merges: readonly { a: number; b: number }[]): number[] {
  const { n } = matrix
  const { labels, counts, sums, width } = distanceSums(matrix, start)
  const scores = [score(n, width, labels, counts, sums)]
  for (const { a, b } of merges) {
    const into = labels[a] ?? 0
    const from = labels[b] ?? 0
    if (into !== from) {
      for (let i = 0; i < n; i++) {
        sums[i * width + into] = (sums[i * width + into] ?? 0) + (sums[i * width + from] ?? 0)
        if (labels[i] === from) labels[i] = into
      }
      counts[into] = (counts[into] ?? 0) + (counts[from] ?? 0)
      counts[from] = 0
    }
    scores.push(score(n, width, labels, counts, sums))
  }
  return scores
}
