// Keeps the session document's tallies in step with the votes: published while visible,
// withheld entirely while hidden, so no browser can read them early.
import { talliesVisible, writeTallies, type SessionState } from '@roundtable/shared'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { Storage } from '../storage/Storage.ts'

/** The tallies to publish for `session`: every idea's dots, or null while they are hidden. */
export async function talliesToPublish(storage: Pick<Storage, 'getTallies'>, roomId: string, session: SessionState) {
  return talliesVisible(session) ? storage.getTallies(roomId) : null
}

export async function publishTallies(live: LiveRoom, storage: Pick<Storage, 'getTallies'>, session: SessionState): Promise<void> {
  const tallies = await talliesToPublish(storage, live.id, session)
  await live.session.change((doc) => writeTallies(doc, tallies))
}
