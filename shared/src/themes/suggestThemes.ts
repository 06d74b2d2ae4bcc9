// Suggests themes for a facilitator: groups of similar ideas, each with a short proposed
// name, from the ideas' text alone. Runs locally and gives the same answer for the same ideas.

import { clusterBySimilarity } from './cluster.ts'
import type { SimilarityMatrix } from './cluster.ts'
import { OTHER_IDEAS, nameGroups } from './nameGroups.ts'
import type { GroupToName } from './nameGroups.ts'
import { ideaTerms } from './ideaTerms.ts'
import { cosine, weighTerms } from './vectors.ts'
import type { IdeaVector } from './vectors.ts'

export interface IdeaText {
  id: string
  text: string
}

export interface SuggestedTheme {
  name: string
  ideaIds: string[]
}

export const PICTURES = 'Pictures'

function similarities(vectors: readonly IdeaVector[]): SimilarityMatrix {
  const n = vectors.length
  const values = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1
    const a = vectors[i]
    for (let j = i + 1; j < n && a; j++) {
      const b = vectors[j]
      const s = b ? cosine(a, b) : 0
      values[i * n + j] = s
      values[j * n + i] = s
    }
  }
  return { n, values }
}

const meanSimilarity = ({ n, values }: SimilarityMatrix, i: number, members: readonly number[]): number => {
  const others = members.filter((j) => j !== i)
  return others.reduce((sum, j) => sum + (values[i * n + j] ?? 0), 0) / Math.max(1, others.length)
}

/**
 * Ideas alone in their cluster, or sharing nothing with its other members, are "loose".
 * A loose idea joins the group it is closest to, if it is at least half as close as that
 * group's own members are to each other on average; otherwise it waits in "Other ideas".
 */
function placeLooseIdeas(matrix: SimilarityMatrix, clusters: readonly number[][]): { groups: number[][]; loose: number[] } {
  const cores: number[][] = []
  const loose: number[] = []
  for (const cluster of clusters) {
    const core = cluster.filter((i) => meanSimilarity(matrix, i, cluster) > 0)
    if (core.length >= 2) cores.push(core)
    const inCore = new Set(core.length >= 2 ? core : [])
    for (const i of cluster) if (!inCore.has(i)) loose.push(i)
  }
  const cohesion = cores.map((core) => core.reduce((sum, i) => sum + meanSimilarity(matrix, i, core), 0) / core.length)
  const groups = cores.map((core) => [...core])
  const unplaced: number[] = []
  for (const i of loose) {
    let best = -1
    let bestFit = 0
    cores.forEach((core, c) => {
      const fit = meanSimilarity(matrix, i, core)
      if (fit > bestFit && fit >= 0.5 * (cohesion[c] ?? 0)) {
        best = c
        bestFit = fit
      }
    })
    if (best >= 0) groups[best]?.push(i)
    else unplaced.push(i)
  }
  return { groups, loose: unplaced }
}

export function suggestThemes(ideas: readonly IdeaText[]): SuggestedTheme[] {
  if (ideas.length === 0) return []
  const terms = ideas.map((idea) => ideaTerms(idea.text))
  const worded = terms.flatMap((t, i) => (t.terms.length > 0 ? [i] : []))
  const pictures = terms.flatMap((t, i) => (t.terms.length === 0 && t.hasPictures ? [i] : []))
  const blank = terms.flatMap((t, i) => (t.terms.length === 0 && !t.hasPictures ? [i] : []))

  const { vectors, idf } = weighTerms(worded.map((i) => terms[i]?.terms ?? []))
  const matrix = similarities(vectors)
  const placed = placeLooseIdeas(matrix, clusterBySimilarity(matrix))
  const toIdea = (local: number): number => worded[local] ?? 0

  const ascending = (members: number[]): number[] => members.sort((a, b) => a - b)
  const groups: GroupToName[] = placed.groups.map((members) => ({ members: ascending(members.map(toIdea)) }))
  if (pictures.length > 0) groups.push({ members: pictures, fixedName: PICTURES })
  const leftOver = ascending([...placed.loose.map(toIdea), ...blank])
  if (leftOver.length > 0) {
    // A lone idea with nothing else on the board is its own theme, named from its words.
    const alone = leftOver.length === 1 && groups.length === 0
    groups.push(alone ? { members: leftOver } : { members: leftOver, fixedName: OTHER_IDEAS })
  }
  groups.sort((x, y) => y.members.length - x.members.length || (x.members[0] ?? 0) - (y.members[0] ?? 0))

  const names = nameGroups(groups, terms, idf)
  return groups.map((group, index) => ({
    name: names[index] ?? OTHER_IDEAS,
    ideaIds: group.members.map((i) => ideas[i]?.id ?? String(i)),
  }))
}
