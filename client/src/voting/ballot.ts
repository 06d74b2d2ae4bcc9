// This person's dots, in the words they see: how many are left, what is on each idea, and
// why a vote was refused. Words come from `t` (pass `useT()`'s in a component; the default
// looks the person's language up at the moment of the call).
import { type Translate, tNow } from '../i18n/useT.ts'

export interface BallotState {
  /** Idea id → this person's dots on it. */
  dots: ReadonlyMap<string, number>
  /** Null until the server has said. */
  dotsLeft: number | null
}

export const EMPTY_BALLOT: BallotState = { dots: new Map(), dotsLeft: null }

export function dotsOn(ballot: BallotState, ideaId: string): number {
  return ballot.dots.get(ideaId) ?? 0
}

/** Dots this person may still place: counted against the room's budget now, which a facilitator may have changed. */
export function dotsLeft(ballot: BallotState, budget: number): number {
  let used = 0
  for (const count of ballot.dots.values()) used += count
  return Math.max(0, budget - used)
}

/** "Dots left: 2 of 3"; before the server has answered, the whole budget. */
export function dotsLeftText(ballot: BallotState, budget: number, t: Translate = tNow): string {
  return t('session.dotsLeft', { left: dotsLeft(ballot, budget), budget })
}

/** Whether to offer "Vote" on an idea: not when one dot per idea is the rule and it has yours. */
export function offersVote(ballot: BallotState, ideaId: string, multiplePerIdea: boolean): boolean {
  return multiplePerIdea || dotsOn(ballot, ideaId) === 0
}

/** Plain words for a refused vote or take-back, from the server's reason or status. */
export function voteRefusal(reason: string | null, status: number | null, t: Translate = tNow): string {
  switch (reason) {
    case 'voting-closed':
      return t('session.vote.closed')
    case 'budget-spent':
      return t('session.vote.budgetSpent')
    case 'already-voted':
      return t('session.vote.alreadyVoted')
    case 'no-vote-to-take-back':
      return t('session.vote.nothingToTakeBack')
  }
  if (status === 404) return t('session.vote.ideaGone')
  if (status === null) return t('session.vote.unreachable')
  return t('session.vote.failed')
}

/** "1 vote", "3 votes", by the language's own plural rules. */
export function votesText(votes: number, t: Translate = tNow): string {
  return t('session.votes', { count: votes })
}
