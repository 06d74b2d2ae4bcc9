import { describe, expect, it } from 'vitest'
import { roomMemory } from './roomMemory.ts'

function storage() {
  const values = new Map<string, string>()
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), values }
}

describe('room memory', () => {
  it('makes a participant id once per room and keeps it', () => {
    const store = storage()
    const first = roomMemory('room-a', store).participantId()
    expect(roomMemory('room-a', store).participantId()).toBe(first)
    expect(roomMemory('room-b', store).participantId()).not.toBe(first)
  })

  it('remembers how you chose to appear, per room', () => {
    const store = storage()
    const memory = roomMemory('room-a', store)
    expect(memory.identity()).toBeNull()
    const me = { id: memory.participantId(), name: 'Teal Otter', colour: 'teal', picture: '🦦' }
    memory.saveIdentity(me)
    expect(roomMemory('room-a', store).identity()).toEqual(me)
    expect(roomMemory('room-b', store).identity()).toBeNull()
  })

  it('ignores a damaged saved identity', () => {
    const store = storage()
    store.setItem('roundtable:room-a:identity', '{not json')
    expect(roomMemory('room-a', store).identity()).toBeNull()
  })

  it('keeps the facilitator key for its room only', () => {
    const store = storage()
    roomMemory('room-a', store).saveFacilitatorKey('secret')
    expect(roomMemory('room-a', store).facilitatorKey()).toBe('secret')
    expect(roomMemory('room-b', store).facilitatorKey()).toBeNull()
  })
})
