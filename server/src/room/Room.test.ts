import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import {
  CloseCode,
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  parseMessage,
} from '@roundtable/shared'
import { setLogLevel } from '../logger.ts'
import { Room, RoomClosedError } from './Room.ts'
import { FakeConnection, HeldStore, settle, until } from './roomTestDoubles.ts'

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
function makeRoom(options: { compactAfterUpdates?: number } = {}) {
  const store = new HeldStore()
  const published: { kind: 'update' | 'awareness'; payload: Uint8Array }[] = []
  const room = new Room({
    id: 'room-under-test-000000',
    document: { stored: [] },
    lastSeq: 0,
    logEntries: 0,
    store,
    compactAfterUpdates: options.compactAfterUpdates ?? 500,
    publish: (kind, payload) => published.push({ kind, payload }),
    storageRetry: { firstMs: 1, maxMs: 2 },
  })
  rooms.push(room)
  const join = (id: string) => {
    const connection = new FakeConnection(id)
    room.join(connection)
    connection.clear()
    return connection
  }
  return { room, store, join, published }
}

function presenceUpdate(state: Record<string, string> | null): { update: Uint8Array; clientId: number } {
  const presence = new Awareness(new Y.Doc())
  presence.setLocalState(state)
  const update = encodeAwarenessUpdate(presence, [presence.clientID])
  presence.destroy()
  return { update, clientId: presence.clientID }
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

  it('relays updates stored together as one frame to each person', async () => {
    const { room, store, join, published } = makeRoom()
    const [alice, bob, carol] = [join('alice'), join('bob'), join('carol')]
    const aliceDoc = new Y.Doc()
    const bobDoc = new Y.Doc()
    aliceDoc.getText('alice').insert(0, 'Bus route')
    bobDoc.getText('bob').insert(0, 'Quiet room')
    room.receive(alice, encodeUpdate(Y.encodeStateAsUpdate(aliceDoc)))
    room.receive(bob, encodeUpdate(Y.encodeStateAsUpdate(bobDoc)))
    aliceDoc.getText('alice').insert(9, ' 42')
    room.receive(alice, encodeUpdate(Y.encodeStateAsUpdate(aliceDoc)))
    store.releaseAll()
    await room.settled()

    const seenBy = (connection: FakeConnection) => {
      const doc = new Y.Doc()
      for (const update of relayedUpdates(connection)) Y.applyUpdate(doc, update)
      return { alice: doc.getText('alice').toString(), bob: doc.getText('bob').toString() }
    }
    // Several people wrote in the batch, so each of them gets it whole, their own words included.
    for (const person of [alice, bob, carol]) {
      expect(relayedUpdates(person)).toHaveLength(1)
      expect(seenBy(person)).toEqual({ alice: 'Bus route 42', bob: 'Quiet room' })
    }
    expect(published.filter((message) => message.kind === 'update')).toHaveLength(1)
  })

  it('leaves out the sender of a batch only they wrote', async () => {
    const { room, store, join } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    const doc = new Y.Doc()
    doc.getText('alice').insert(0, 'Bus')
    room.receive(alice, encodeUpdate(Y.encodeStateAsUpdate(doc)))
    doc.getText('alice').insert(3, ' route')
    room.receive(alice, encodeUpdate(Y.encodeStateAsUpdate(doc)))
    store.releaseAll()
    await room.settled()
    expect(relayedUpdates(alice)).toEqual([])
    expect(relayedUpdates(bob)).toHaveLength(1)
    const bobsCopy = new Y.Doc()
    for (const update of relayedUpdates(bob)) Y.applyUpdate(bobsCopy, update)
    expect(bobsCopy.getText('alice').toString()).toBe('Bus route')
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
    // Bob joined before the update was stored, so it is relayed to him as well (after the reply,
    // which already holds it: relays go out together at the end of the storage batch).
    expect([...bob.kinds()].sort()).toEqual(['sync-step-1', 'sync-step-2', 'update'])
    const reply = bob.received.find((message) => message.kind === 'sync-step-2')
    expect(reply?.kind === 'sync-step-2' && textOf([reply.update])).toBe('Parking')
  })

  it('closes only the sender and relays nothing when storing fails, then refuses edits', async () => {
    const { room, store, join, published } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    room.receive(alice, encodeUpdate(textEdit('lost?')))
    await settle()
    store.failAll()
    await until(() => room.refusingEdits)
    expect(alice.closed?.code).toBe(CloseCode.StorageUnavailable)
    expect(bob.closed).toBeNull()
    expect(relayedUpdates(bob)).toEqual([])
    expect(published).toEqual([])

    room.receive(bob, encodeUpdate(textEdit('during the outage')))
    expect(bob.closed?.code).toBe(CloseCode.StorageUnavailable)
    await expect(room.change((doc) => doc.getText('idea').insert(0, 'server'))).rejects.toThrow(RoomClosedError)
  })

  it('lets a reply that changes nothing through while storage is failing', async () => {
    const { room, store, join } = makeRoom()
    const alice = join('alice')
    room.receive(alice, encodeUpdate(textEdit('kept')))
    await settle()
    store.failAll()
    await until(() => room.refusingEdits)
    const carol = join('carol')
    room.receive(carol, encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())))
    expect(carol.closed).toBeNull()
  })

  it('keeps trying to store the failed update, relays it once stored and accepts edits again', async () => {
    const { room, store, join, published } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    room.receive(alice, encodeUpdate(textEdit('Saved at last')))
    await settle()
    store.failAll()
    await until(() => store.held.length > 0)
    store.failAll()
    await until(() => store.held.length > 0)
    expect(room.refusingEdits).toBe(true)
    store.releaseAll()
    await until(() => !room.refusingEdits)
    await settle()
    expect(textOf(relayedUpdates(bob))).toBe('Saved at last')
    expect(published.map((message) => message.kind)).toEqual(['update'])

    room.receive(bob, encodeUpdate(textEdit(' and more')))
    await settle()
    store.releaseAll()
    await settle()
    expect(bob.closed).toBeNull()
    expect(store.held).toEqual([])
  })

  it('does not call it an outage again for an update that failed before storage came back', async () => {
    const { room, store, join } = makeRoom()
    const [alice, bob, carol] = [join('alice'), join('bob'), join('carol')]
    room.receive(alice, encodeUpdate(textEdit('one')))
    room.receive(bob, encodeUpdate(textEdit('two')))
    await settle()
    store.failAll()
    await until(() => store.held.length === 1)
    store.releaseAll()
    await until(() => store.held.length === 1)
    expect(room.refusingEdits).toBe(false)
    expect(bob.closed).toBeNull()
    store.releaseAll()
    await until(() => textOf(relayedUpdates(carol)).length === 'onetwo'.length)
  })

  it('stops retrying when the room shuts down', async () => {
    const { room, store, join } = makeRoom()
    const alice = join('alice')
    room.receive(alice, encodeUpdate(textEdit('never stored')))
    await settle()
    store.failAll()
    await until(() => store.held.length > 0)
    room.freeze()
    store.failAll()
    await room.settled()
    expect(store.held).toEqual([])
  })

  it('publishes stored updates and its own connections’ awareness to other instances', async () => {
    const { room, store, join, published } = makeRoom()
    const alice = join('alice')
    room.receive(alice, encodeUpdate(textEdit('Transport to the clinic')))
    await settle()
    expect(published).toEqual([])
    store.releaseAll()
    await settle()
    const { update: presence, clientId } = presenceUpdate({ name: 'Wren' })
    room.receive(alice, encodeAwareness(presence))
    await settle()
    expect(published.map((message) => message.kind)).toEqual(['update', 'awareness'])
    expect(textOf([published[0]?.payload ?? new Uint8Array()])).toBe('Transport to the clinic')

    // Leaving, also at shutdown, is published so other instances need not wait for a timeout.
    room.closeConnections(CloseCode.ServiceRestart, 'restarting')
    const gone = parseMessage(encodeAwareness(published.at(-1)?.payload ?? new Uint8Array()))
    expect(gone.ok && gone.message.kind === 'awareness' && gone.message.clients.map((client) => [client.clientId, client.state])).toEqual([
      [clientId, null],
    ])
  })

  it('relays what other instances stored and said without storing or publishing it again', () => {
    const { room, store, join, published } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    room.applyStored([textEdit('From the other server')])
    room.applyRemoteAwareness(presenceUpdate({ name: 'Lark' }).update)
    expect(textOf(relayedUpdates(alice))).toBe('From the other server')
    expect(bob.kinds()).toEqual(['update', 'awareness'])
    expect(store.held).toEqual([])
    expect(published).toEqual([])
    expect(room.document.getText('idea').toString()).toBe('From the other server')
  })

  it('answers another instance’s question with the awareness of its own connections only', () => {
    const { room, join, published } = makeRoom()
    const alice = join('alice')
    room.applyRemoteAwareness(presenceUpdate({ name: 'Remote' }).update)
    const { update, clientId } = presenceUpdate({ name: 'Local' })
    room.receive(alice, encodeAwareness(update))
    published.length = 0
    room.publishLocalAwareness()
    const answer = parseMessage(encodeAwareness(published[0]?.payload ?? new Uint8Array()))
    expect(answer.ok && answer.message.kind === 'awareness' && answer.message.clients.map((client) => client.clientId)).toEqual([clientId])
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

  it('shares awareness and tells the others when a connection leaves', async () => {
    const { room, join } = makeRoom()
    const [alice, bob] = [join('alice'), join('bob')]
    const presence = new Awareness(new Y.Doc())
    presence.setLocalState({ name: 'Heron', colour: 'teal' })
    room.receive(alice, encodeAwareness(encodeAwarenessUpdate(presence, [presence.clientID])))
    await settle()
    const seen = bob.received.at(-1)
    expect(seen?.kind === 'awareness' && seen.clients).toEqual([
      { clientId: presence.clientID, clock: expect.any(Number), state: { name: 'Heron', colour: 'teal' }, json: expect.any(String) },
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
