// Proposes a short name for each group from its most characteristic terms: a care
// concept's label ("Waiting times") or one or two of the group's own words ("Parking and bus").

import { isFamilyTerm, lexiconLabel } from './ideaTerms.ts'
import type { IdeaTerms } from './ideaTerms.ts'
import { FAMILY_WEIGHT } from './vectors.ts'

/** A facilitator can rename; a proposal only has to fit on a theme's label. */
const MAX_NAME_CHARS = 40
export const OTHER_IDEAS = 'Other ideas'

export interface GroupToName {
  /** Indexes of the group's ideas. */
  members: readonly number[]
  /** A name decided by what the group is, not by its words ("Pictures", "Other ideas"). */
  fixedName?: string
}

interface Candidate {
  term: string
  score: number
}

function capitalise(words: string): string {
  const chars = [...words]
  const first = (chars[0] ?? '').toUpperCase()
  return [first, ...chars.slice(1, MAX_NAME_CHARS)].join('')
}

// On equal scores a concept's label reads best, a word of the ideas' own next; a family is broadest.
const kindRank = (term: string): number => (isFamilyTerm(term) ? 2 : lexiconLabel(term) !== undefined ? 0 : 1)
// Very short words are mostly function words in languages without a stop-word list ("u", "في").
const isShortWord = (term: string): boolean => kindRank(term) === 1 && [...term].length < 3

function candidates(members: readonly number[], ideas: readonly IdeaTerms[], idf: ReadonlyMap<string, number>): Candidate[] {
  const inGroup = new Map<string, number>()
  for (const index of members) for (const term of new Set(ideas[index]?.terms ?? [])) inGroup.set(term, (inGroup.get(term) ?? 0) + 1)
  const all = [...inGroup]
  // A term two or more ideas share says more about the group than one idea's word.
  const narrowed = [all.filter(([term, count]) => count >= 2 && !isShortWord(term)), all.filter(([term]) => !isShortWord(term)), all]
  const pool = narrowed.find((terms) => terms.length > 0) ?? []
  return pool
    .map(([term, count]) => ({ term, score: (count / members.length) * (idf.get(term) ?? 1) * (isFamilyTerm(term) ? FAMILY_WEIGHT : 1) }))
    .sort((x, y) => y.score - x.score || kindRank(x.term) - kindRank(y.term) || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
}

/** The spelling the group uses most for a word stem: "appointments", not "appoint". */
function spellingOf(term: string, members: readonly number[], ideas: readonly IdeaTerms[]): string {
  const counts = new Map<string, number>()
  for (const index of members) for (const spelling of ideas[index]?.spellings.get(term) ?? []) counts.set(spelling, (counts.get(spelling) ?? 0) + 1)
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))
  return ranked[0]?.[0] ?? term
}

/** Names to try for a group, best first. */
function proposals(group: GroupToName, ideas: readonly IdeaTerms[], idf: ReadonlyMap<string, number>): string[] {
  if (group.fixedName !== undefined) return [group.fixedName]
  const ranked = candidates(group.members, ideas, idf)
  const names = ranked.map(({ term }) => lexiconLabel(term) ?? capitalise(spellingOf(term, group.members, ideas)))
  const [first, second] = ranked
  if (first && second && !lexiconLabel(first.term) && !lexiconLabel(second.term) && second.score >= 0.75 * first.score) {
    const pair = `${spellingOf(first.term, group.members, ideas)} and ${spellingOf(second.term, group.members, ideas)}`
    names.unshift(capitalise(pair))
  }
  return names.length > 0 ? names : [OTHER_IDEAS]
}

/** One name per group, in the groups' order, never empty and never used twice. */
export function nameGroups(groups: readonly GroupToName[], ideas: readonly IdeaTerms[], idf: ReadonlyMap<string, number>): string[] {
  const used = new Set<string>()
  const take = (name: string): string => {
    used.add(name.toLowerCase())
    return name
  }
  // Fixed names are claimed first so that a word-based name cannot take "Pictures".
  const fixed = groups.map((group) => (group.fixedName !== undefined && !used.has(group.fixedName.toLowerCase()) ? take(group.fixedName) : undefined))
  return groups.map((group, index) => {
    const claimed = fixed[index]
    if (claimed !== undefined) return claimed
    const names = proposals(group, ideas, idf)
    const free = names.find((name) => !used.has(name.toLowerCase()))
    if (free !== undefined) return take(free)
    const base = names[0] ?? OTHER_IDEAS
    let suffix = 2
    while (used.has(`${base} ${suffix}`.toLowerCase())) suffix++
    return take(`${base} ${suffix}`)
  })
}
