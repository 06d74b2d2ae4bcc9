// The results, ranked by votes with ties kept as ties ("Joint 1st"), in words.
import { type Idea, rankByVotes } from '@roundtable/shared'

export interface ResultRow {
  ideaId: string
  text: string
  votes: number
  /** "1st", "Joint 2nd". */
  rank: string
}

export function ordinal(n: number): string {
  const lastTwo = n % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

/** Every idea with words, most votes first; ideas with equal votes share a rank. */
export function resultRows(ideas: readonly Pick<Idea, 'id' | 'text'>[], tallies: ReadonlyMap<string, number>): ResultRow[] {
  const withWords = ideas.filter((idea) => idea.text.trim() !== '')
  const textOf = new Map(withWords.map((idea) => [idea.id, idea.text]))
  return rankByVotes(
    withWords.map((idea) => idea.id),
    tallies,
  ).flatMap((group) =>
    group.ideaIds.map((ideaId) => ({
      ideaId,
      text: textOf.get(ideaId) ?? '',
      votes: group.votes,
      rank: group.tied ? `Joint ${ordinal(group.rank)}` : ordinal(group.rank),
    })),
  )
}
