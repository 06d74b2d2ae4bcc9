// A Room that refuses changes: the read-only session document, and the board while locked.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { CloseCode, encodeAwareness, encodeSyncStep2, encodeUpdate } from '@roundtable/shared'
import { setLogLevel } from '../logger.ts'
import { BOARD_LOCKED, readOnly, type RefuseChanges } from './changeRefusal.ts'
import { Room, RoomClosedError } from './Room.ts'
import type { RoomConnection } from './RoomConnection.ts'
import { FakeConnection, HeldStore, settle } from './roomTestDoubles.ts'

let rooms: Room[] = []
beforeAll(() => setLogLevel('silent'))
afterEach(() => {
  for (const room of rooms) room.destroy()
  rooms = []
})

function makeRoom(refuseChanges: RefuseChanges) {
  const store = new HeldStore()
  const room = new Room({ id: 'room-under-test-000000', document: { stored: [] }, lastSeq: 0, logEntries: 0, store, compactAfterUpdates: 500, refuseChanges })
  rooms.push(room)
  const join = (id: string) => {
    const connection = new FakeConnection(id)
    room.join(connection)
    connection.clear()
    return connection
  }
  return { room, store, join }
}

function edit(change: (doc: Y.Doc) => void, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc()
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  change(doc)
  return Y.mergeUpdates(updates)
}

const relayed = (connection: FakeConnection) => connection.received.filter((message) => message.kind === 'update')

describe('a read-only Room (the session document)', () => {
  it('closes a connection that sends a change with 4403, and stores and relays nothing', async () => {
    const { room, store, join } = makeRoom(readOnly)
    const [mallory, alice] = [join('mallory'), join('alice')]
    room.receive(mallory, encodeUpdate(edit((doc) => doc.getMap('session').set('locked', true))))
    await settle()
    expect(mallory.closed?.code).toBe(CloseCode.ReadOnly)
    expect(store.held).toEqual([])
    expect(relayed(alice)).toEqual([])
    expect(room.document.getMap('session').get('locked')).toBeUndefined()
    expect(alice.closed).toBeNull()
  })

  it('treats a forged sync reply like any other change', async () => {
    const { room, join } = makeRoom(readOnly)
    const mallory = join('mallory')
    room.receive(mallory, encodeSyncStep2(edit((doc) => doc.getMap('session').set('phase', 'vote'))))
    expect(mallory.closed?.code).toBe(CloseCode.ReadOnly)
    expect(room.document.getMap('session').size).toBe(0)
  })

  it("accepts a synced client's sync reply quietly, empty or repeating the delete set", async () => {
    const { room, store, join } = makeRoom(readOnly)
    for (const phase of ['group', 'vote']) {
      const changed = room.change((doc) => doc.getMap('session').set('phase', phase))
      store.releaseAll()
      await changed
    }
    const alice = join('alice')
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.document))
    room.receive(alice, encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())))
    room.receive(alice, encodeSyncStep2(Y.encodeStateAsUpdate(copy, Y.encodeStateVector(room.document))))
    expect(alice.closed).toBeNull()
    expect(store.held).toEqual([])
  })

  it('stores a change the server makes, then relays it to every connection', async () => {
    const { room, store, join } = makeRoom(readOnly)
    const [alice, bob] = [join('alice'), join('bob')]
    let done = false
    const changed = room.change((doc) => doc.getMap('session').set('phase', 'vote')).then(() => (done = true))
    await settle()
    expect(relayed(alice)).toEqual([])
    expect(done).toBe(false)
    store.releaseAll()
    await changed
    expect(relayed(alice)).toHaveLength(1)
    expect(relayed(bob)).toHaveLength(1)
  })

  it('rejects a server change that could not be stored', async () => {
    const { room, store } = makeRoom(readOnly)
    const changed = room.change((doc) => doc.getMap('session').set('phase', 'vote'))
    await settle()
    store.failAll()
    await expect(changed).rejects.toBeInstanceOf(RoomClosedError)
    await expect(room.change(() => {})).rejects.toBeInstanceOf(RoomClosedError)
  })
})

describe('a locked board', () => {
  function lockableRoom() {
    const lock = { locked: true }
    const facilitators = new Set<RoomConnection>()
    // The rule LiveRoom gives its board, with the lock and the facilitators held here.
    const made = makeRoom((connection) => (!lock.locked || facilitators.has(connection) ? null : BOARD_LOCKED))
    return { ...made, lock, facilitators }
  }
  const idea = (text: string) => edit((doc) => doc.getText('idea').insert(0, text))

  it("drops a participant's change and closes them with 4423, while a facilitator edits as usual", async () => {
    const { room, store, join, facilitators } = lockableRoom()
    const [participant, facilitator, observer] = [join('participant'), join('facilitator'), join('observer')]
    facilitators.add(facilitator)
    room.receive(participant, encodeUpdate(idea('Sneaked in')))
    expect(participant.closed?.code).toBe(CloseCode.BoardLocked)
    expect(store.held).toEqual([])

    room.receive(facilitator, encodeUpdate(idea('Agreed wording')))
    store.releaseAll()
    await settle()
    expect(relayed(observer)).toHaveLength(1)
    expect(room.document.getText('idea').toString()).toBe('Agreed wording')
    expect(facilitator.closed).toBeNull()
  })

  it('still shares awareness from participants', async () => {
    const { room, join } = lockableRoom()
    const [participant, observer] = [join('participant'), join('observer')]
    const presence = new Awareness(new Y.Doc())
    presence.setLocalState({ name: 'Wren' })
    room.receive(participant, encodeAwareness(encodeAwarenessUpdate(presence, [presence.clientID])))
    await settle()
    expect(observer.received.at(-1)?.kind).toBe('awareness')
    expect(participant.closed).toBeNull()
    presence.destroy()
  })

  it('lets participants edit again once unlocked', async () => {
    const { room, store, join, lock } = lockableRoom()
    const [participant, observer] = [join('participant'), join('observer')]
    lock.locked = false
    room.receive(participant, encodeUpdate(idea('Back to work')))
    store.releaseAll()
    await settle()
    expect(participant.closed).toBeNull()
    expect(relayed(observer)).toHaveLength(1)
  })
})
