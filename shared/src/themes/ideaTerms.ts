// Reads an idea's text as the terms that say what it is about: stemmed words that are
// not stop words, and the care-lexicon concepts and families those words belong to.

import { CARE_CONCEPTS, FAMILY_LABELS } from './careLexicon.ts'
import type { CareFamily } from './careLexicon.ts'
import { stem } from './stem.ts'
import { isStopWord } from './stopWords.ts'
import { tokenise } from './tokenise.ts'

// Concept and family terms cannot clash with words: words never contain "~" or "^".
const conceptTerm = (index: number): string => `~${index}`
const familyTerm = (family: CareFamily): string => `^${family}`

export const isFamilyTerm = (term: string): boolean => term.startsWith('^')

const CONCEPTS_BY_STEM: ReadonlyMap<string, readonly number[]> = (() => {
  const byStem = new Map<string, number[]>()
  CARE_CONCEPTS.forEach((concept, index) => {
    for (const word of tokenise(concept.words).words) {
      const indexes = byStem.get(stem(word)) ?? []
      if (!indexes.includes(index)) indexes.push(index)
      byStem.set(stem(word), indexes)
    }
  })
  return byStem
})()

export interface IdeaTerms {
  /** Word stems, concept terms and family terms, one entry per occurrence. */
  terms: string[]
  /** Each word stem's spellings as written, for naming groups. */
  spellings: Map<string, string[]>
  hasPictures: boolean
}

export function ideaTerms(text: string): IdeaTerms {
  const { words, hasPictures } = tokenise(text)
  const terms: string[] = []
  const spellings = new Map<string, string[]>()
  for (const word of words) {
    if (isStopWord(word)) continue
    const stemmed = stem(word)
    terms.push(stemmed)
    spellings.set(stemmed, [...(spellings.get(stemmed) ?? []), word])
    const concepts = CONCEPTS_BY_STEM.get(stemmed) ?? []
    const families = new Set<CareFamily>()
    for (const index of concepts) {
      terms.push(conceptTerm(index))
      const family = CARE_CONCEPTS[index]?.family
      if (family) families.add(family)
    }
    for (const family of families) terms.push(familyTerm(family))
  }
  return { terms, spellings, hasPictures }
}

/** The theme name a concept or family term stands for; undefined for a plain word. */
export function lexiconLabel(term: string): string | undefined {
  if (term.startsWith('~')) return CARE_CONCEPTS[Number(term.slice(1))]?.label
  if (isFamilyTerm(term)) return FAMILY_LABELS[term.slice(1) as CareFamily]
  return undefined
}
