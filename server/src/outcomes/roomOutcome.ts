// What the export endpoints read from a live room: its outcome (for CSV, Markdown and easy
// read) or its backup, taken in one step of the room's queue so a vote cannot land between
// reading the tallies and reading the board.
import {
  Board,
  collectOutcome,
  readSession,
  talliesVisible,
  toBackup,
  type BackupJson,
  type Outcome,
  type SessionState,
} from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { RoomRecord, Storage } from '../storage/Storage.ts'

/**
 * While tallies are hidden the server shows nobody the votes, facilitators included, so an
 * export then would either leak them or show numbers that are wrong. It waits instead.
 */
async function visibleTallies(live: LiveRoom, storage: Pick<Storage, 'getTallies'>, session: SessionState) {
  if (!talliesVisible(session)) {
    throw new HttpError(409, 'Votes are hidden until voting closes. Move on from the Vote phase, or show the tallies, then export.', {
      reason: 'tallies-hidden',
    })
  }
  return storage.getTallies(live.id)
}

export function roomOutcome(live: LiveRoom, storage: Pick<Storage, 'getTallies'>, room: RoomRecord): Promise<Outcome> {
  return live.serial(async () => {
    const session = readSession(live.session.document)
    const tallies = await visibleTallies(live, storage, session)
    return collectOutcome(new Board(live.board.document), {
      tallies,
      showNames: session.showNames,
      hiddenIdeaIds: session.hiddenIdeaIds,
      title: room.title,
      question: room.question,
    })
  })
}

export function roomBackup(live: LiveRoom, storage: Pick<Storage, 'getTallies'>, room: RoomRecord, now = Date.now()): Promise<BackupJson> {
  return live.serial(async () => {
    const session = readSession(live.session.document)
    const tallies = await visibleTallies(live, storage, session)
    return toBackup(live.board.document, session, { title: room.title, question: room.question, tallies, exportedAt: now })
  })
}
