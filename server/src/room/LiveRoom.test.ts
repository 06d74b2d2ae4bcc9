// A loaded room's two documents together: the board's lock comes from the session
// document, and only connections with a working facilitator link may edit a locked board.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, DEFAULT_SESSION, encodeUpdate, readSession, writeSession } from '@roundtable/shared'
import { setLogLevel } from '../logger.ts'
import { hashSecret, newFacilitatorKey } from '../rooms/roomSecrets.ts'
import { LiveRoom } from './LiveRoom.ts'
import { FakeConnection, HeldStore, settle } from './roomTestDoubles.ts'

const KEY = newFacilitatorKey()
let lives: LiveRoom[] = []
beforeAll(() => setLogLevel('silent'))
afterEach(() => {
  for (const live of lives) live.destroy()
  lives = []
})

function lockedRoom() {
  const store = new HeldStore()
  const session = new Y.Doc()
  writeSession(session, { ...DEFAULT_SESSION, locked: true })
  const live = new LiveRoom({
    id: 'room-under-test-000000',
    board: { document: { doc: new Y.Doc() }, lastSeq: 0, logEntries: 0 },
    session: { document: { doc: session }, lastSeq: 0, logEntries: 0 },
    facilitatorLinks: new Map([['first-link', hashSecret(KEY)]]),
    storeFor: () => store,
    compactAfterUpdates: 500,
    onEmpty: () => {},
  })
  lives.push(live)
  return { live, store }
}

function idea(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('idea').insert(0, text)
  return encodeUpdate(Y.encodeStateAsUpdate(doc))
}

describe('LiveRoom', () => {
  it('lets a connection with a working key edit the locked board, and nobody else', () => {
    const { live, store } = lockedRoom()
    const facilitator = new FakeConnection('facilitator')
    const guesser = new FakeConnection('guesser')
    const participant = new FakeConnection('participant')
    live.join(facilitator, 'board', KEY)
    live.join(guesser, 'board', newFacilitatorKey())
    live.join(participant, 'board', null)
    expect(live.isFacilitator(facilitator)).toBe(true)

    live.board.receive(facilitator, idea('Agreed'))
    live.board.receive(guesser, idea('Guess'))
    live.board.receive(participant, idea('Sneaked in'))
    expect(facilitator.closed).toBeNull()
    expect(guesser.closed?.code).toBe(CloseCode.BoardLocked)
    expect(participant.closed?.code).toBe(CloseCode.BoardLocked)
    expect(store.held).toHaveLength(1)
  })

  it('takes the editing right away from a connection as soon as its link is revoked', () => {
    const { live } = lockedRoom()
    const facilitator = new FakeConnection('facilitator')
    live.join(facilitator, 'board', KEY)
    live.linkRevoked('first-link')
    live.board.receive(facilitator, idea('Too late'))
    expect(facilitator.closed?.code).toBe(CloseCode.BoardLocked)
  })

  it('gives a link added later its rights, for connections that join after', () => {
    const { live } = lockedRoom()
    const second = newFacilitatorKey()
    live.linkAdded('second-link', hashSecret(second))
    const cofacilitator = new FakeConnection('co')
    live.join(cofacilitator, 'board', second)
    expect(live.isFacilitator(cofacilitator)).toBe(true)
  })

  it('reads the lock from the session document as the server changes it', async () => {
    const { live, store } = lockedRoom()
    const participant = new FakeConnection('participant')
    live.join(participant, 'board', null)
    const unlocked = live.session.change((doc) => writeSession(doc, { ...readSession(doc), locked: false }))
    store.releaseAll()
    await unlocked
    live.board.receive(participant, idea('Back to work'))
    await settle()
    expect(participant.closed).toBeNull()
  })

  it('keeps the session document read-only for everyone, facilitators too', () => {
    const { live } = lockedRoom()
    const facilitator = new FakeConnection('facilitator')
    live.join(facilitator, 'session', KEY)
    live.session.receive(facilitator, idea('Not here'))
    expect(facilitator.closed?.code).toBe(CloseCode.ReadOnly)
  })

  it('runs facilitation tasks one at a time, in order, past a failure', async () => {
    const { live } = lockedRoom()
    const order: string[] = []
    const slow = live.serial(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      order.push('slow')
    })
    const failing = live.serial(async () => {
      throw new Error('refused')
    })
    const quick = live.serial(async () => {
      order.push('quick')
    })
    await Promise.allSettled([slow, failing, quick])
    expect(order).toEqual(['slow', 'quick'])
    await expect(failing).rejects.toThrow('refused')
  })
})
