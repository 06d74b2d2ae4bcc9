// What this browser remembers about each room: the participant id and token the server
// gave it, how the person chose to appear, and the facilitator key if they opened the
// facilitator link. Nothing else.
import { type Participant, parseParticipant } from '@roundtable/shared'
import type { Registration } from '../api/participantApi.ts'
import { type KeyValueStore, browserStorage, parseJson } from './browserStorage.ts'

export interface RoomMemory {
  /** The id and token the server gave this browser for the room, once it has registered. */
  registration(): Registration | null
  /** Keeps a new registration; an identity saved under an older id moves to the new one. */
  adoptRegistration(registration: Registration): void
  identity(): Participant | null
  saveIdentity(participant: Participant): void
  facilitatorKey(): string | null
  saveFacilitatorKey(key: string): void
  forgetFacilitatorKey(): void
}

export function roomMemory(roomId: string, storage: KeyValueStore = browserStorage()): RoomMemory {
  const key = (name: string) => `roundtable:${roomId}:${name}`
  const participantId = () => storage.getItem(key('participant-id'))
  const savedIdentity = () => parseParticipant(parseJson(storage.getItem(key('identity'))))
  return {
    registration() {
      const id = participantId()
      const token = storage.getItem(key('participant-token'))
      return id && token ? { participantId: id, token } : null
    },
    adoptRegistration({ participantId: id, token }) {
      // Read before the id changes: an identity is only yours if it carries your id.
      const previous = savedIdentity()
      const wasYours = previous !== null && previous.id === participantId()
      storage.setItem(key('participant-id'), id)
      storage.setItem(key('participant-token'), token)
      if (previous && wasYours) storage.setItem(key('identity'), JSON.stringify({ ...previous, id }))
    },
    identity() {
      const participant = savedIdentity()
      return participant && participant.id === participantId() ? participant : null
    },
    saveIdentity(participant) {
      storage.setItem(key('identity'), JSON.stringify(participant))
    },
    facilitatorKey: () => storage.getItem(key('facilitator-key')),
    saveFacilitatorKey: (value) => storage.setItem(key('facilitator-key'), value),
    forgetFacilitatorKey: () => storage.removeItem(key('facilitator-key')),
  }
}
