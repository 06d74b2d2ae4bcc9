import { describe, expect, it } from 'vitest'
import { memoryStore } from './browserStorage.ts'
import { roomMemory } from './roomMemory.ts'

describe('room memory', () => {
  it('keeps the id and token the server gave, per room', () => {
    const store = memoryStore()
    expect(roomMemory('room-a', store).registration()).toBeNull()
    roomMemory('room-a', store).adoptRegistration({ participantId: 'p1', token: 't1' })
    expect(roomMemory('room-a', store).registration()).toEqual({ participantId: 'p1', token: 't1' })
    expect(roomMemory('room-b', store).registration()).toBeNull()
  })

  it('remembers how you chose to appear, per room', () => {
    const store = memoryStore()
    const memory = roomMemory('room-a', store)
    memory.adoptRegistration({ participantId: 'p1', token: 't1' })
    expect(memory.identity()).toBeNull()
    const me = { id: 'p1', name: 'Teal Otter', colour: 'teal', picture: '🦦' }
    memory.saveIdentity(me)
    expect(roomMemory('room-a', store).identity()).toEqual(me)
    expect(roomMemory('room-b', store).identity()).toBeNull()
  })

  it('moves an identity saved before registering over to the new id', () => {
    const store = memoryStore()
    store.setItem('roundtable:room-a:participant-id', 'old-random-id')
    store.setItem('roundtable:room-a:identity', JSON.stringify({ id: 'old-random-id', name: 'Ana', colour: 'teal', picture: '🦦' }))
    const memory = roomMemory('room-a', store)
    expect(memory.registration()).toBeNull()
    memory.adoptRegistration({ participantId: 'p9', token: 't9' })
    expect(memory.identity()).toEqual({ id: 'p9', name: 'Ana', colour: 'teal', picture: '🦦' })
  })

  it('ignores a damaged saved identity', () => {
    const store = memoryStore()
    store.setItem('roundtable:room-a:identity', '{not json')
    expect(roomMemory('room-a', store).identity()).toBeNull()
  })

  it('keeps the facilitator key for its room only, and can forget it', () => {
    const store = memoryStore()
    roomMemory('room-a', store).saveFacilitatorKey('secret')
    expect(roomMemory('room-a', store).facilitatorKey()).toBe('secret')
    expect(roomMemory('room-b', store).facilitatorKey()).toBeNull()
    roomMemory('room-a', store).forgetFacilitatorKey()
    expect(roomMemory('room-a', store).facilitatorKey()).toBeNull()
  })
})
