// Weighs each idea's terms by TF-IDF into a unit-length vector, and measures how alike
// two ideas are by the cosine of their vectors.

import { isFamilyTerm } from './ideaTerms.ts'

/** A family says less than a concept about what two ideas share: "access" spans bus fares and ramps. */
export const FAMILY_WEIGHT = 0.5

/** A unit-length sparse vector: feature numbers ascending, with their weights. */
export interface IdeaVector {
  features: Int32Array
  weights: Float64Array
}

export interface Weighting {
  vectors: IdeaVector[]
  /** How rare each term is across the ideas (smoothed inverse document frequency). */
  idf: Map<string, number>
}

export function weighTerms(termLists: readonly string[][]): Weighting {
  const documentFrequency = new Map<string, number>()
  for (const terms of termLists) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
  const idf = new Map<string, number>()
  const featureOf = new Map<string, number>()
  const featureWeight: number[] = []
  for (const [term, df] of documentFrequency) {
    // Smoothed, so that a term found in every idea still counts a little.
    const rarity = Math.log((1 + termLists.length) / (1 + df)) + 1
    idf.set(term, rarity)
    featureOf.set(term, featureWeight.length)
    featureWeight.push(isFamilyTerm(term) ? FAMILY_WEIGHT * rarity : rarity)
  }
  const vectors = termLists.map((terms) => {
    const counts = new Map<number, number>()
    for (const term of terms) {
      const feature = featureOf.get(term) ?? 0
      counts.set(feature, (counts.get(feature) ?? 0) + 1)
    }
    const entries = [...counts].sort((a, b) => a[0] - b[0])
    // Sublinear term frequency: a long idea repeating a word is not that much more about it.
    const weights = entries.map(([feature, count]) => (1 + Math.log(count)) * (featureWeight[feature] ?? 0))
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1
    return { features: Int32Array.from(entries, ([feature]) => feature), weights: Float64Array.from(weights, (w) => w / norm) }
  })
  return { vectors, idf }
}

export function cosine(a: IdeaVector, b: IdeaVector): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.features.length && j < b.features.length) {
    const fa = a.features[i] ?? 0
    const fb = b.features[j] ?? 0
    if (fa === fb) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0)
    else if (fa < fb) i++
    else j++
  }
  return sum
}
