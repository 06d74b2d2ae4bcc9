// Dot voting for one participant: their ballot, placing a dot and taking one back, checked
// against the room's session (voting open only in the Vote phase, one budget for everyone).
import {
  Board,
  checkUnvote,
  checkVote,
  dotsUsed,
  isVotingOpen,
  readSession,
  type Ballot,
  type SessionState,
  type VoteCheck,
} from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { Storage } from '../storage/Storage.ts'
import { publishTallies } from './publishTallies.ts'

export interface BallotView {
  /** Idea id → this person's dots on it. */
  ballot: Record<string, number>
  dotsLeft: number
}

const REFUSALS: Record<Exclude<VoteCheck, { ok: true }>['reason'], string> = {
  'voting-closed': 'Voting is not open right now.',
  'budget-spent': 'You have used all your dots. Take one back to vote for something else.',
  'already-voted': 'You already have a dot on this idea.',
  'no-vote-to-take-back': 'You have no dot on this idea to take back.',
}

export async function ballotOf(live: LiveRoom, storage: Storage, participantId: string): Promise<BallotView> {
  return view(await storage.getBallot(live.id, participantId), readSession(live.session.document))
}

export function castVote(live: LiveRoom, storage: Storage, participantId: string, ideaId: string): Promise<BallotView> {
  return live.serial(async () => {
    if (new Board(live.board.document).idea(ideaId) === null) throw new HttpError(404, 'That idea is not on the board any more.')
    const session = readSession(live.session.document)
    const ballot = await storage.getBallot(live.id, participantId)
    refuseUnless(checkVote(session.voteSettings, isVotingOpen(session), ballot, ideaId))
    return placeDots(live, storage, participantId, ideaId, ballot, session, +1)
  })
}

export function takeBackVote(live: LiveRoom, storage: Storage, participantId: string, ideaId: string): Promise<BallotView> {
  return live.serial(async () => {
    const session = readSession(live.session.document)
    const ballot = await storage.getBallot(live.id, participantId)
    refuseUnless(checkUnvote(isVotingOpen(session), ballot, ideaId))
    return placeDots(live, storage, participantId, ideaId, ballot, session, -1)
  })
}

async function placeDots(
  live: LiveRoom,
  storage: Storage,
  participantId: string,
  ideaId: string,
  ballot: Map<string, number>,
  session: SessionState,
  change: 1 | -1,
): Promise<BallotView> {
  const dots = (ballot.get(ideaId) ?? 0) + change
  await storage.setVote(live.id, participantId, ideaId, dots)
  if (dots > 0) ballot.set(ideaId, dots)
  else ballot.delete(ideaId)
  await publishTallies(live, storage, session)
  return view(ballot, session)
}

function refuseUnless(check: VoteCheck): void {
  if (!check.ok) throw new HttpError(409, REFUSALS[check.reason], { reason: check.reason })
}

function view(ballot: Ballot, session: SessionState): BallotView {
  return {
    ballot: Object.fromEntries(ballot),
    dotsLeft: Math.max(0, session.voteSettings.budget - dotsUsed(ballot)),
  }
}
