// What the board page hands its idea cards through CardContext: who is looking, the session
// and the votes, and the actions a card offers, each leading back to the board page.
import type { SessionState } from '@roundtable/shared'
import { useMemo } from 'react'
import type { FacilitatorCommands } from '../facilitate/useFacilitatorCommands.ts'
import type { ThemeBoard } from '../themes/useThemeBoard.ts'
import type { Ballot } from '../voting/useBallot.ts'
import type { CardSession } from './CardContext.tsx'

export interface CardSessionSources {
  participantId: string
  canModerate: boolean
  session: SessionState
  tallies: ReadonlyMap<string, number> | null
  ballot: Ballot
  commands: FacilitatorCommands
  themeCount: number
  requestMove: ThemeBoard['requestMove']
  /** Opens "Withdraw this idea?" for a card. */
  requestWithdraw: (ideaId: string) => void
}

export function useCardSessionValue(sources: CardSessionSources): CardSession {
  const { participantId, canModerate, session, tallies, ballot, commands, themeCount, requestMove, requestWithdraw } = sources
  const { send } = commands
  return useMemo<CardSession>(
    () => ({
      participantId,
      canModerate,
      session,
      tallies,
      ballot: ballot.ballot,
      vote: ballot.vote,
      takeBack: ballot.takeBack,
      setHidden: (ideaId, hidden) => void send({ type: 'hide-idea', ideaId, hidden }),
      requestWithdraw,
      themeCount,
      requestMove,
    }),
    [participantId, canModerate, session, tallies, ballot.ballot, ballot.vote, ballot.takeBack, send, themeCount, requestMove, requestWithdraw],
  )
}
