// What idea cards need to know beyond the idea itself (the phase, the votes, this person's
// dots, whether names show) and the actions they offer, without threading it through
// tldraw, which renders them.
import { DEFAULT_SESSION, type SessionState } from '@roundtable/shared'
import { createContext, useContext } from 'react'
import { type BallotState, EMPTY_BALLOT } from '../voting/ballot.ts'

export interface CardSession {
  participantId: string
  /** This browser holds a working facilitator link: cards offer Hide and Restore. */
  canModerate: boolean
  session: SessionState
  tallies: ReadonlyMap<string, number> | null
  ballot: BallotState
  vote(ideaId: string): void
  takeBack(ideaId: string): void
  setHidden(ideaId: string, hidden: boolean): void
  requestWithdraw(ideaId: string): void
  /** How many themes the board has: cards offer "Move to theme" once there is one. */
  themeCount: number
  requestMove(ideaId: string): void
}

const nothing = () => {}

export const CardContext = createContext<CardSession>({
  participantId: '',
  canModerate: false,
  session: DEFAULT_SESSION,
  tallies: null,
  ballot: EMPTY_BALLOT,
  vote: nothing,
  takeBack: nothing,
  setHidden: nothing,
  requestWithdraw: nothing,
  themeCount: 0,
  requestMove: nothing,
})

export function useCardSession(): CardSession {
  return useContext(CardContext)
}
