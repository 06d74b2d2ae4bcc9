// Opens a new room: fresh id, join code and facilitator key, retrying if the code is taken.
import { HttpError } from '../HttpError.ts'
import type { RoomRecord, Storage } from '../storage/Storage.ts'
import { hashFacilitatorKey, newFacilitatorKey, newFacilitatorLinkId, newJoinCode, newRoomId } from './roomSecrets.ts'

/** With about a billion codes, several collisions in a row mean something else is wrong. */
const CODE_ATTEMPTS = 10

export interface NewRoomDetails {
  title: string
  question: string
}

export interface CreatedRoom {
  room: RoomRecord
  /** Handed to the creator once; only its hash is stored. */
  facilitatorKey: string
}

export async function createRoom(storage: Storage, details: NewRoomDetails, now = Date.now()): Promise<CreatedRoom> {
  const facilitatorKey = newFacilitatorKey()
  const record = {
    id: newRoomId(),
    title: details.title,
    question: details.question,
    createdAt: now,
  }
  // The creator's key is the room's first facilitator link.
  const facilitatorLink = { id: newFacilitatorLinkId(), keyHash: hashFacilitatorKey(facilitatorKey) }
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = newJoinCode()
    if ((await storage.createRoom({ ...record, code, facilitatorLink })) === 'created') {
      return { room: { ...record, code, lastActiveAt: now }, facilitatorKey }
    }
  }
  throw new HttpError(503, 'Could not find a free join code. Please try again.')
}
