// This person's dots, in the words they see: how many are left, what is on each idea, and
// why a vote was refused.

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
export function dotsLeftText(ballot: BallotState, budget: number): string {
  return `Dots left: ${dotsLeft(ballot, budget)} of ${budget}`
}

/** Whether to offer "Vote" on an idea: not when one dot per idea is the rule and it has yours. */
export function offersVote(ballot: BallotState, ideaId: string, multiplePerIdea: boolean): boolean {
  return multiplePerIdea || dotsOn(ballot, ideaId) === 0
}

/** Plain words for a refused vote or take-back, from the server's reason or status. */
export function voteRefusal(reason: string | null, status: number | null): string {
  switch (reason) {
    case 'voting-closed':
      return 'Voting is closed.'
    case 'budget-spent':
      return 'You have used all your dots. Take one back to vote for something else.'
    case 'already-voted':
      return 'You already have a dot on this idea. One dot per idea this time.'
    case 'no-vote-to-take-back':
      return 'You have no dot on this idea to take back.'
  }
  if (status === 404) return 'That idea is no longer on the board.'
  if (status === null) return "Your vote did not reach the server. Check your connection and try again."
  return 'Your vote did not go through. Please try again.'
}

/** "1 vote", "3 votes". */
export function votesText(votes: number): string {
  return `${votes} ${votes === 1 ? 'vote' : 'votes'}`
}
