// What this browser remembers about each room: a participant id made once, how the person
// chose to appear, and the facilitator key if they opened the facilitator link. Nothing else.
import { type Participant, parseParticipant, randomId } from '@roundtable/shared'

export interface RoomMemory {
  /** This browser's participant id in the room, made on first use and kept. */
  participantId(): string
  identity(): Participant | null
  saveIdentity(participant: Participant): void
  facilitatorKey(): string | null
  saveFacilitatorKey(key: string): void
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

export function roomMemory(roomId: string, storage: KeyValueStore = browserStorage()): RoomMemory {
  const key = (name: string) => `roundtable:${roomId}:${name}`
  const participantId = (): string => {
    const known = storage.getItem(key('participant-id'))
    if (known) return known
    const made = randomId()
    storage.setItem(key('participant-id'), made)
    return made
  }
  return {
    participantId,
    identity() {
      const saved = parseJson(storage.getItem(key('identity')))
      const participant = parseParticipant(saved)
      // An identity is only yours if it carries your id.
      return participant && participant.id === participantId() ? participant : null
    },
    saveIdentity(participant) {
      storage.setItem(key('identity'), JSON.stringify(participant))
    },
    facilitatorKey: () => storage.getItem(key('facilitator-key')),
    saveFacilitatorKey: (value) => storage.setItem(key('facilitator-key'), value),
  }
}

function parseJson(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** localStorage, or a memory for this page only when the browser refuses storage (some private modes). */
function browserStorage(): KeyValueStore {
  try {
    const probe = 'roundtable:probe'
    window.localStorage.setItem(probe, '1')
    window.localStorage.removeItem(probe)
    return window.localStorage
  } catch {
    return memoryStorage
  }
}

const memoryValues = new Map<string, string>()
const memoryStorage: KeyValueStore = {
  getItem: (name) => memoryValues.get(name) ?? null,
  setItem: (name, value) => void memoryValues.set(name, value),
}
