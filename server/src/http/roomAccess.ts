// Finding the room a request names: its record, or the room loaded in memory for the
// requests that read or change its documents.
import { isRoomId } from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import type { RoomRecord, Storage } from '../storage/Storage.ts'

export const NO_SUCH_ROOM = 'No room has this link. Check the link, or ask the facilitator for a new one.'
const RESTARTING = 'The server is restarting. Please try again in a moment.'

export async function requireRoom(storage: Pick<Storage, 'getRoom'>, roomId: string): Promise<RoomRecord> {
  const room = isRoomId(roomId) ? await storage.getRoom(roomId) : null
  if (!room) throw new HttpError(404, NO_SUCH_ROOM)
  return room
}

/** Runs `task` on the loaded room, loading it if nobody is connected. */
export async function inLiveRoom<T>(registry: RoomRegistry, roomId: string, task: (live: LiveRoom) => Promise<T>): Promise<T> {
  const result = await registry.use(roomId, task)
  if (result.ok) return result.value
  throw result.reason === 'room-not-found' ? new HttpError(404, NO_SUCH_ROOM) : new HttpError(503, RESTARTING)
}
