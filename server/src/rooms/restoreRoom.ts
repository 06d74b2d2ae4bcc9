// Opens a new room from a parsed backup: fresh id, join code and facilitator key; the
// backup's board as the board document's first update; its session and tallies.
import * as Y from 'yjs'
import { talliesVisible, writeSession, writeTallies, type Backup } from '@roundtable/shared'
import { createLogger, errorMessage } from '../logger.ts'
import type { Storage } from '../storage/Storage.ts'
import { createRoom, type CreatedRoom } from './createRoom.ts'

const log = createLogger('restore')

/**
 * Nobody knows the new room's id until this returns, so its documents are written straight
 * to storage: the first connection loads them like any stored room. Tallies become carried
 * votes (on nobody's ballot); restored rooms count new votes on top of them.
 */
export async function restoreRoom(storage: Storage, backup: Backup, now = Date.now()): Promise<CreatedRoom> {
  const created = await createRoom(storage, backup.room, now)
  const roomId = created.room.id
  try {
    await storage.appendUpdates([
      { roomId, doc: 'board', update: backup.board },
      { roomId, doc: 'session', update: sessionUpdate(backup) },
    ])
    if (backup.tallies.size > 0) await storage.addCarriedVotes(roomId, backup.tallies)
  } catch (error) {
    // Half a restored room is worse than none: the person can simply try again.
    await storage.deleteRoom(roomId).catch((cause: unknown) => log.error('could not remove a half-restored room', { room: roomId, error: errorMessage(cause) }))
    throw error
  }
  log.info('room restored', { room: roomId, boardBytes: backup.board.byteLength, tallies: backup.tallies.size })
  return created
}

function sessionUpdate(backup: Backup): Uint8Array {
  const doc = new Y.Doc()
  writeSession(doc, backup.session)
  writeTallies(doc, talliesVisible(backup.session) ? backup.tallies : null)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}
