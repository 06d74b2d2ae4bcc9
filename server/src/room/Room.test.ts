import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { CloseCode, encodeAwareness, encodeQueryAwareness, encodeSyncStep1, encodeUpdate } from '@roundtable/shared'
import { setLogLevel } from '../logger.ts'
import { Room } from './Room.ts'
import { FakeConnection, HeldStore, settle } from './roomTestDoubles.ts'

function textEdit(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('idea').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('idea').toString()
}

function relayedUpdates(connection: FakeConnection): Uint8Array[] {
  return connection.received.flatMap((message) => (message.kind === 'update' ? [message.update] : []))
}

let rooms: Room[] = []
function makeRoom(options: { compactAfterUpdates?: number; onBroken?: () => void } = {}) {
  const store = new HeldStore()
  const room = new Room({
    id: 'room-under-test-000000',
    doc: new Y.Doc(),
    lastSeq: 0,
    logEntries: 0,
    store,
    compactAfterUpdates: options.compactAfterUpdates ?? 500,
    onBroken: options.onBroken,
  })
  rooms.push(room)
  const join = (id: string) => {
    const connection = new FakeConnection(id)
    room.join(connection)
    connection.clear()
    return connection
  }
  return { room, store, join }
}

beforeAll(() => setLogLevel('silent'))
afterEach(() => {
  for (const room of rooms) room.destroy()
  rooms = []
})

describe('Room', () => {
  it('greets a newcomer with its state vector and who is already here', () => {
    const { room, join } = makeRoom()
    const alice = join('alice')
    const presence = new Awareness(new Y.Doc())
    presence.setLocalState({ name: 'Kestrel' })
    room.receive(alice, encodeAwareness(encodeAwarenessUpdate(presence, [presence.clientID])))

    const bob = new FakeConnection('bob')
    room.join(bob)
    expect(bob.kinds()).toEqual(['sync-step-1', 'awareness'])
    const awareness = bob.received[1]
    expect(awareness?.kind === 'awareness' && awareness.clients.map((client) => client.state)).toEqual([
      { name: 'Kestrel' },
    ])
    presence.destroy()
  })

  it('relays a stored update to everyone else but not back to its sender', async () => {
    const { room, store, join } = makeRoom()
    const [alice, bob, carol] = [join('alice'), join('bob'), join('carol')]
    room.receive(alice, encodeUpdate(textEdit('More time with the GP')))
    store.releaseAll()
    await settle()
    expect(textOf(relayedUpdates(bob))).toBe('More time with the GP')
    expect(textOf(relayedUpdates(carol))).toBe('More time with the GP')
    expect(relayedUpdates(alice)).toEqual([])
  })

  it('relays nothing until storage has confirmed the update', async () => {
    const { room, store, join } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    room.receive(alice, encodeUpdate(textEdit('Easy-read letters')))
    await settle()
    expect(store.held).toHaveLength(1)
    expect(relayedUpdates(bob)).toEqual([])
    store.releaseAll()
    await settle()
    expect(textOf(relayedUpdates(bob))).toBe('Easy-read letters')
  })

  it('holds back a sync reply that contains unstored updates until they are stored', async () => {
    const { room, store, join } = makeRoom()
    const alice = join('alice')
    room.receive(alice, encodeUpdate(textEdit('Parking')))
    const bob = join('bob')
    room.receive(bob, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    await settle()
    expect(bob.kinds()).toEqual([])
    store.releaseAll()
    await settle()
    // Bob joined before the update was stored, so it is relayed to him as well.
    expect(bob.kinds()).toEqual(['update', 'sync-step-2', 'sync-step-1'])
    const reply = bob.received[1]
    expect(reply?.kind === 'sync-step-2' && textOf([reply.update])).toBe('Parking')
  })

  it('closes every connection and relays nothing when storing fails', async () => {
    let broken = false
    const { room, store, join } = makeRoom({ onBroken: () => (broken = true) })
    const [alice, bob] = [join('alice'), join('bob')]
    room.receive(alice, encodeUpdate(textEdit('lost?')))
    await settle()
    store.failAll()
    await settle()
    expect(relayedUpdates(bob)).toEqual([])
    expect(alice.closed?.code).toBe(CloseCode.StorageUnavailable)
    expect(bob.closed?.code).toBe(CloseCode.StorageUnavailable)
    expect(broken).toBe(true)
    expect(room.isBroken).toBe(true)
  })

  it.each([
    ['garbage bytes', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f])],
    ['an unknown message type', Uint8Array.from([9, 0])],
    ['a truncated update', encodeUpdate(textEdit('cut short')).slice(0, 12)],
  ])('closes only the connection that sent %s, and the room carries on', async (_what, frame) => {
    const { room, store, join } = makeRoom()
    const [mallory, alice, bob] = [join('mallory'), join('alice'), join('bob')]
    room.receive(mallory, frame)
    expect(mallory.closed?.code).toBe(CloseCode.MalformedMessage)
    expect(mallory.closed?.reason).not.toBe('')

    room.receive(alice, encodeUpdate(textEdit('Still here')))
    store.releaseAll()
    await settle()
    expect(textOf(relayedUpdates(bob))).toBe('Still here')
    expect(relayedUpdates(mallory)).toEqual([])
    expect(alice.closed).toBeNull()
    expect(bob.closed).toBeNull()
  })

  it('shares awareness and tells the others when a connection leaves', () => {
    const { room, join } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    const presence = new Awareness(new Y.Doc())
    presence.setLocalState({ name: 'Heron', colour: 'teal' })
    room.receive(alice, encodeAwareness(encodeAwarenessUpdate(presence, [presence.clientID])))
    const seen = bob.received.at(-1)
    expect(seen?.kind === 'awareness' && seen.clients).toEqual([
      { clientId: presence.clientID, clock: expect.any(Number), state: { name: 'Heron', colour: 'teal' } },
    ])

    bob.clear()
    room.leave(alice)
    const gone = bob.received.at(-1)
    expect(gone?.kind === 'awareness' && gone.clients.map((client) => [client.clientId, client.state])).toEqual([
      [presence.clientID, null],
    ])
    presence.destroy()
  })

  it('answers a query for awareness with everyone present', () => {
    const { room, join } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    const presence = new Awareness(new Y.Doc())
    presence.setLocalState({ name: 'Otter' })
    room.receive(alice, encodeAwareness(encodeAwarenessUpdate(presence, [presence.clientID])))
    bob.clear()
    room.receive(bob, encodeQueryAwareness())
    const answer = bob.received[0]
    expect(answer?.kind === 'awareness' && answer.clients.map((client) => client.state)).toEqual([{ name: 'Otter' }])
    presence.destroy()
  })

  it('folds the log into a snapshot after enough stored updates', async () => {
    const { room, store, join } = makeRoom({ compactAfterUpdates: 3 })
    const alice = join('alice')
    for (const word of ['one', 'two', 'three']) room.receive(alice, encodeUpdate(textEdit(word)))
    store.releaseAll()
    await settle()
    await settle()
    expect(store.compactions).toHaveLength(1)
    const [compaction] = store.compactions
    expect(compaction?.upToSeq).toBe(3)
    expect(textOf([compaction?.snapshot ?? new Uint8Array()]).length).toBe('onetwothree'.length)
  })
})
