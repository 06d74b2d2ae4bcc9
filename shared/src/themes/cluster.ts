// Groups ideas by similarity: average-linkage agglomerative clustering (built with the
// nearest-neighbour chain, O(n²)), cut at the number of groups with the best silhouette.

import { refine } from './refine.ts'
import { silhouette, silhouettesAlongMerges } from './silhouette.ts'

/** Pairwise similarities of n ideas, row-major n×n, 1 on the diagonal. */
export interface SimilarityMatrix {
  n: number
  values: Float64Array
}

export interface Merge {
  a: number
  b: number
  similarity: number
}

/** Every merge of the average-linkage tree, by the slots of the two clusters joined. */
export function averageLinkageMerges({ n, values }: SimilarityMatrix): Merge[] {
  const sim = Float64Array.from(values)
  const size = new Float64Array(n).fill(1)
  const active = new Uint8Array(n).fill(1)
  let activeCount = n
  let lowestActive = 0
  const merges: Merge[] = []
  const chain: number[] = []
  while (activeCount > 1) {
    if (chain.length === 0) {
      while (active[lowestActive] === 0) lowestActive++
      chain.push(lowestActive)
    }
    const a = chain[chain.length - 1] ?? 0
    const previous = chain.length >= 2 ? (chain[chain.length - 2] ?? -1) : -1
    // Ties go to the previous link of the chain (so the chain cannot cycle), then to the lowest slot.
    let best = previous
    let bestSim = previous >= 0 ? (sim[a * n + previous] ?? 0) : -Infinity
    for (let c = 0; c < n; c++) {
      if (active[c] === 0 || c === a) continue
      const s = sim[a * n + c] ?? 0
      if (s > bestSim) {
        best = c
        bestSim = s
      }
    }
    if (best !== previous) {
      chain.push(best)
      continue
    }
    chain.length -= 2
    const [keep, gone] = a < best ? [a, best] : [best, a]
    merges.push({ a: keep, b: gone, similarity: bestSim })
    const sizeKeep = size[keep] ?? 1
    const sizeGone = size[gone] ?? 1
    active[gone] = 0
    activeCount--
    for (let c = 0; c < n; c++) {
      if (active[c] === 0 || c === keep) continue
      const joined = (sizeKeep * (sim[keep * n + c] ?? 0) + sizeGone * (sim[gone * n + c] ?? 0)) / (sizeKeep + sizeGone)
      sim[keep * n + c] = joined
      sim[c * n + keep] = joined
    }
    size[keep] = sizeKeep + sizeGone
  }
  // Average linkage never merges at a higher similarity later, so sorting gives the tree's order.
  return merges.map((merge, order) => ({ merge, order })).sort((x, y) => y.merge.similarity - x.merge.similarity || x.order - y.order).map(({ merge }) => merge)
}

/** Cluster labels 0…k-1 after the first n-k merges, numbered by each cluster's first idea. */
export function cutTree(merges: readonly Merge[], n: number, k: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i
    return i
  }
  for (const { a, b } of merges.slice(0, Math.max(0, n - k))) parent[root(b)] = root(a)
  const labelOfRoot = new Map<number, number>()
  return parent.map((_, i) => {
    const r = root(i)
    if (!labelOfRoot.has(r)) labelOfRoot.set(r, labelOfRoot.size)
    return labelOfRoot.get(r) ?? 0
  })
}

const SHORTLIST = 5

/** Clusters of idea indexes; the number of clusters is the one with the best silhouette. */
export function clusterBySimilarity(matrix: SimilarityMatrix): number[][] {
  const { n } = matrix
  if (n === 0) return []
  if (n === 1) return [[0]]
  const merges = averageLinkageMerges(matrix)
  // More groups than about 1.5·√n rarely helps a facilitator: 9 for 36 ideas, 34 for 500.
  const maxK = Math.min(n - 1, Math.max(2, Math.round(1.5 * Math.sqrt(n))))
  // Merges beyond the cut at maxK take it down to 2 clusters, one merge per step.
  const scores = silhouettesAlongMerges(matrix, cutTree(merges, n, maxK), merges.slice(n - maxK, n - 2))
  const scored = scores.map((score, step) => ({ k: maxK - step, score }))
  // Refining is the costly step, so only the most promising cuts are refined and compared.
  const shortlist = scored.sort((a, b) => b.score - a.score || a.k - b.k).slice(0, SHORTLIST)
  let bestLabels = cutTree(merges, n, 1)
  let bestScore = 0
  for (const { k } of shortlist.sort((a, b) => a.k - b.k)) {
    const labels = refine(matrix, cutTree(merges, n, k), k)
    const score = silhouette(matrix, labels)
    if (score > bestScore + 1e-12) {
      bestScore = score
      bestLabels = labels
    }
  }
  const clusters: number[][] = []
  bestLabels.forEach((label, i) => (clusters[label] ??= []).push(i))
  return clusters
}
