// Improves a grouping as k-means does: each idea moves to the cluster it is, on average,
// most similar to, until nothing moves. A tree's early greedy merges cannot be undone; this can.

import type { SimilarityMatrix } from './cluster.ts'

const MAX_ROUNDS = 20

export function refine({ n, values }: SimilarityMatrix, start: readonly number[], k: number): number[] {
  const labels = [...start]
  const counts = new Array<number>(k).fill(0)
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1
  // toCluster[i·k + c]: summed similarity of idea i to the other ideas in cluster c. Kept up
  // to date as ideas move, so a round costs O(n·k) plus O(n) per move, not O(n²).
  const toCluster = new Float64Array(n * k)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      const cell = i * k + (labels[j] ?? 0)
      toCluster[cell] = (toCluster[cell] ?? 0) + (values[i * n + j] ?? 0)
    }
  }
  const meanTo = (i: number, c: number, own: number): number => {
    const others = (counts[c] ?? 0) - (c === own ? 1 : 0)
    return others > 0 ? (toCluster[i * k + c] ?? 0) / others : -Infinity
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Every idea chooses against the same labels, then all move together.
    const moves: [idea: number, from: number, to: number][] = []
    for (let i = 0; i < n; i++) {
      const own = labels[i] ?? 0
      let best = own
      let bestMean = meanTo(i, own, own)
      for (let c = 0; c < k; c++) {
        const mean = meanTo(i, c, own)
        if (mean > bestMean + 1e-12) {
          best = c
          bestMean = mean
        }
      }
      if (best !== own) moves.push([i, own, best])
    }
    if (moves.length === 0) break
    for (const [j, from, to] of moves) {
      labels[j] = to
      counts[from] = (counts[from] ?? 0) - 1
      counts[to] = (counts[to] ?? 0) + 1
      for (let i = 0; i < n; i++) {
        if (i === j) continue
        const similarity = values[i * n + j] ?? 0
        toCluster[i * k + from] = (toCluster[i * k + from] ?? 0) - similarity
        toCluster[i * k + to] = (toCluster[i * k + to] ?? 0) + similarity
      }
    }
  }
  return renumber(labels)
}

/** Labels 0…k'-1 in order of each cluster's first idea; clusters that emptied are gone. */
function renumber(labels: readonly number[]): number[] {
  const renamed = new Map<number, number>()
  return labels.map((label) => {
    if (!renamed.has(label)) renamed.set(label, renamed.size)
    return renamed.get(label) ?? 0
  })
}
