// This person's dots, kept in step with the server: read on joining and whenever voting
// opens or its rules change, and replaced by the server's answer after every vote or
// take-back. A vote the rules would refuse is explained here without asking the server.
import { type SessionState, checkUnvote, checkVote, isVotingOpen } from '@roundtable/shared'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BallotAnswer, ParticipantApi } from '../api/participantApi.ts'
import { useT } from '../i18n/useT.ts'
import { type BallotState, EMPTY_BALLOT, voteRefusal } from './ballot.ts'

export interface Ballot {
  ballot: BallotState
  /** Why the last vote or take-back did not go through, in plain words; null when it did. */
  message: string | null
  vote(ideaId: string): void
  takeBack(ideaId: string): void
}

/** Why the last vote did not go through, kept as the reason so its words follow a change of language. */
interface Refusal {
  reason: string | null
  status: number | null
}

export function useBallot(api: ParticipantApi, roomId: string, token: string, session: SessionState): Ballot {
  const t = useT()
  const [ballot, setBallot] = useState<BallotState>(EMPTY_BALLOT)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const latest = useRef(0)
  const current = useRef({ ballot, session })
  current.current = { ballot, session }
  const open = isVotingOpen(session)
  const rules = `${open}:${JSON.stringify(session.voteSettings)}`

  const refresh = useCallback(async () => {
    const request = ++latest.current
    const result = await api.myVotes(roomId, token)
    if (request === latest.current && result.ok) setBallot(toState(result.value))
  }, [api, roomId, token])

  useEffect(() => {
    setRefusal(null)
    void refresh()
  }, [refresh, rules])

  const change = useCallback(
    async (send: () => ReturnType<ParticipantApi['vote']>) => {
      const request = ++latest.current
      const result = await send()
      if (request !== latest.current) return
      if (result.ok) {
        setBallot(toState(result.value))
        setRefusal(null)
      } else {
        setRefusal({ reason: result.reason, status: result.status })
        void refresh()
      }
    },
    [refresh],
  )

  const vote = useCallback(
    (ideaId: string) => {
      const { ballot: mine, session: now } = current.current
      const check = checkVote(now.voteSettings, isVotingOpen(now), mine.dots, ideaId)
      if (!check.ok) return setRefusal({ reason: check.reason, status: 409 })
      void change(() => api.vote(roomId, token, ideaId))
    },
    [api, change, roomId, token],
  )

  const takeBack = useCallback(
    (ideaId: string) => {
      const { ballot: mine, session: now } = current.current
      const check = checkUnvote(isVotingOpen(now), mine.dots, ideaId)
      if (!check.ok) return setRefusal({ reason: check.reason, status: 409 })
      void change(() => api.takeBack(roomId, token, ideaId))
    },
    [api, change, roomId, token],
  )

  const message = refusal ? voteRefusal(refusal.reason, refusal.status, t) : null
  return { ballot, message, vote, takeBack }
}

function toState(answer: BallotAnswer): BallotState {
  return { dots: answer.ballot, dotsLeft: answer.dotsLeft }
}
