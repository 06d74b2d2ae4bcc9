// Dot-voting rules: the same budget for everyone, optional several dots per idea, and
// results ranked by votes with ties kept as ties. Nothing here knows who voted.

export interface VoteSettings {
  /** Dots each participant may place; the same for everyone. */
  budget: number
  /** Whether one person may put more than one dot on the same idea. */
  multiplePerIdea: boolean
  /** Whether tallies stay hidden until voting closes. */
  hideTallies: boolean
}

export const DEFAULT_VOTE_SETTINGS: VoteSettings = { budget: 3, multiplePerIdea: false, hideTallies: false }
export const MAX_VOTE_BUDGET = 20

/** One participant's dots: idea id → how many dots they put on it. */
export type Ballot = ReadonlyMap<string, number>

export type VoteCheck = { ok: true } | { ok: false; reason: 'voting-closed' | 'budget-spent' | 'already-voted' | 'no-vote-to-take-back' }

export function dotsUsed(ballot: Ballot): number {
  let used = 0
  for (const count of ballot.values()) used += count
  return used
}

export function checkVote(settings: VoteSettings, votingOpen: boolean, ballot: Ballot, ideaId: string): VoteCheck {
  if (!votingOpen) return { ok: false, reason: 'voting-closed' }
  if (dotsUsed(ballot) >= settings.budget) return { ok: false, reason: 'budget-spent' }
  if (!settings.multiplePerIdea && (ballot.get(ideaId) ?? 0) > 0) return { ok: false, reason: 'already-voted' }
  return { ok: true }
}

export function checkUnvote(votingOpen: boolean, ballot: Ballot, ideaId: string): VoteCheck {
  if (!votingOpen) return { ok: false, reason: 'voting-closed' }
  if ((ballot.get(ideaId) ?? 0) === 0) return { ok: false, reason: 'no-vote-to-take-back' }
  return { ok: true }
}

export interface RankedGroup {
  /** 1 for the most votes; ideas with equal votes share a rank and the next rank skips (1, 1, 3). */
  rank: number
  votes: number
  ideaIds: string[]
  tied: boolean
}

/** Ranks every idea by its votes, most first; ideas with no votes come last, together. */
export function rankByVotes(ideaIds: readonly string[], tallies: ReadonlyMap<string, number>): RankedGroup[] {
  const byVotes = new Map<number, string[]>()
  for (const id of ideaIds) {
    const votes = tallies.get(id) ?? 0
    byVotes.set(votes, [...(byVotes.get(votes) ?? []), id])
  }
  const groups: RankedGroup[] = []
  let rank = 1
  for (const votes of [...byVotes.keys()].sort((a, b) => b - a)) {
    const ids = byVotes.get(votes) ?? []
    groups.push({ rank, votes, ideaIds: ids, tied: ids.length > 1 })
    rank += ids.length
  }
  return groups
}

export function parseVoteSettings(value: unknown): VoteSettings | string {
  if (typeof value !== 'object' || value === null) return 'vote settings must be an object'
  const { budget, multiplePerIdea, hideTallies } = value as Record<string, unknown>
  if (typeof budget !== 'number' || !Number.isInteger(budget) || budget < 1 || budget > MAX_VOTE_BUDGET) {
    return `budget must be a whole number from 1 to ${MAX_VOTE_BUDGET}`
  }
  if (typeof multiplePerIdea !== 'boolean' || typeof hideTallies !== 'boolean') return 'multiplePerIdea and hideTallies must be true or false'
  return { budget, multiplePerIdea, hideTallies }
}
