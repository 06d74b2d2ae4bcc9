// Two instances (two registries over one database) serving the same rooms through a fan-out
// hub: what one stores reaches the other's people, nothing is stored twice or lost to
// compaction, and facilitation state stays one state.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate, readMoreTimeCount } from '@roundtable/shared'
import { askForMoreTime } from '../facilitation/moreTime.ts'
import { setLogLevel } from '../logger.ts'
import { FakeConnection, until } from '../room/roomTestDoubles.ts'
import { RoomRegistry } from '../room/RoomRegistry.ts'
import { hashFacilitatorKey, newFacilitatorKey, newRoomId } from '../rooms/roomSecrets.ts'
import { newRoomRecord } from '../storage/roomFixtures.ts'
import { SqliteStorage } from '../storage/SqliteStorage.ts'
import type { Storage } from '../storage/Storage.ts'
import { UpdateBatcher } from '../storage/UpdateBatcher.ts'
import { FanoutHub, SharedCoordination, type HubFanout } from './scaleTestDoubles.ts'

interface Instance {
  registry: RoomRegistry
  fanout: HubFanout
  storage: SqliteStorage
}

let dir: string
let instances: Instance[]
let hub: FanoutHub
let coordination: SharedCoordination

beforeAll(() => setLogLevel('silent'))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-shared-rooms-'))
  instances = []
  hub = new FanoutHub()
  coordination = new SharedCoordination()
})
afterEach(async () => {
  for (const { registry, storage } of instances) {
    await registry.shutdown(CloseCode.ServiceRestart, 'test over')
    await storage.close()
  }
  rmSync(dir, { recursive: true, force: true })
})

function instance(wrap: (storage: Storage) => Storage = (storage) => storage): Instance {
  const storage = SqliteStorage.open(dir)
  const fanout = hub.instance()
  const wrapped = wrap(storage)
  const registry = new RoomRegistry({
    storage: wrapped,
    batcher: new UpdateBatcher(wrapped),
    idleMs: 60_000,
    compactAfterUpdates: 500,
    scaleOut: { fanout, coordination },
  })
  const made = { registry, fanout, storage }
  instances.push(made)
  return made
}

async function storedRoom(storage: Storage, keyHash = 'a'.repeat(64)): Promise<string> {
  const room = newRoomRecord({ id: newRoomId(), facilitatorLink: { id: 'first-link-00000', keyHash } })
  await storage.createRoom(room)
  return room.id
}

async function joined(registry: RoomRegistry, roomId: string, name: string, key: string | null = null) {
  const connection = new FakeConnection(name)
  const result = await registry.connect(roomId, 'board', connection, key)
  if (!result.ok) throw new Error(`room should load: ${result.reason}`)
  connection.clear()
  return { connection, room: result.room }
}

function edit(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('idea').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

function textSeenBy(connection: FakeConnection): string {
  const doc = new Y.Doc()
  for (const message of connection.received) if (message.kind === 'update' || message.kind === 'sync-step-2') Y.applyUpdate(doc, message.update)
  return doc.getText('idea').toString()
}

async function storedText(storage: Storage, roomId: string): Promise<string> {
  const stored = await storage.loadDocument(roomId, 'board')
  const doc = new Y.Doc()
  for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates.map((entry) => entry.update)]) Y.applyUpdate(doc, update)
  return doc.getText('idea').toString()
}

describe('rooms shared by two instances', () => {
  it('pass an edit stored on one instance to the other’s people, storing it once', async () => {
    const [a, b] = [instance(), instance()]
    const roomId = await storedRoom(a.storage)
    const alice = await joined(a.registry, roomId, 'alice')
    const bob = await joined(b.registry, roomId, 'bob')
    alice.room.receive(alice.connection, encodeUpdate(edit('A quiet room for carers')))
    await until(() => textSeenBy(bob.connection) === 'A quiet room for carers')
    expect((await a.storage.loadDocument(roomId, 'board')).updates).toHaveLength(1)
  })

  it('miss nothing published while a room loads: it subscribes first and applies what arrived after loading', async () => {
    const a = instance()
    let reads = 0
    let releaseLoad = () => {}
    const gate = new Promise<void>((resolve) => (releaseLoad = resolve))
    const b = instance((storage) => {
      const slow = Object.create(storage) as Storage
      slow.loadDocument = async (roomId, doc) => {
        // Read now, answer later: what A stores meanwhile is not in what B loads.
        const read = await storage.loadDocument(roomId, doc)
        reads++
        await gate
        return read
      }
      return slow
    })
    const roomId = await storedRoom(a.storage)
    const alice = await joined(a.registry, roomId, 'alice')
    const bobJoining = joined(b.registry, roomId, 'bob')
    await until(() => reads === 2)
    alice.room.receive(alice.connection, encodeUpdate(edit('Evening sessions')))
    await until(() => a.fanout.published.some((message) => message.kind === 'update'))
    await new Promise((resolve) => setImmediate(resolve))
    releaseLoad()
    const bob = await bobJoining
    expect(bob.room.document.getText('idea').toString()).toBe('Evening sessions')
  })

  it('catch every loaded room up from storage when messages may have been missed', async () => {
    const [a, b] = [instance(), instance()]
    const roomId = await storedRoom(a.storage)
    const alice = await joined(a.registry, roomId, 'alice')
    const bob = await joined(b.registry, roomId, 'bob')
    b.fanout.disconnect()
    alice.room.receive(alice.connection, encodeUpdate(edit('Said while Redis was away')))
    await until(() => a.fanout.published.some((message) => message.kind === 'update'))
    await new Promise((resolve) => setImmediate(resolve))
    expect(textSeenBy(bob.connection)).toBe('')
    b.fanout.reconnect()
    await until(() => textSeenBy(bob.connection) === 'Said while Redis was away')
  })

  it('compact without dropping what another instance stored and this one has not seen', async () => {
    const [a, b] = [instance(), instance()]
    const roomId = await storedRoom(a.storage)
    const alice = await joined(a.registry, roomId, 'alice')
    const bob = await joined(b.registry, roomId, 'bob')
    b.fanout.disconnect()
    alice.room.receive(alice.connection, encodeUpdate(edit('first ')))
    await until(() => a.fanout.published.length > 0)
    bob.room.receive(bob.connection, encodeUpdate(edit('second')))
    await bob.room.settled()
    // B's own newest entry comes after A's, which B has never applied.
    await bob.room.compact()
    const text = await storedText(a.storage, roomId)
    expect(text).toContain('first ')
    expect(text).toContain('second')
  })

  it('count a more-time request once per person, whichever instance they ask through', async () => {
    const [a, b] = [instance(), instance()]
    const roomId = await storedRoom(a.storage)
    const [onA, onB] = await Promise.all([a.registry.use(roomId, async (live) => live), b.registry.use(roomId, async (live) => live)])
    if (!onA.ok || !onB.ok) throw new Error('room should load')
    // Asked at the same moment on both: each must see the other's count before adding to it.
    await Promise.all([askForMoreTime(onA.value, 'participant-1'), askForMoreTime(onB.value, 'participant-2')])
    await askForMoreTime(onB.value, 'participant-1')
    await until(() => readMoreTimeCount(onA.value.session.document) === 2 && readMoreTimeCount(onB.value.session.document) === 2)
    const stored = await a.storage.loadDocument(roomId, 'session')
    const doc = new Y.Doc()
    for (const entry of stored.updates) Y.applyUpdate(doc, entry.update)
    expect(readMoreTimeCount(doc)).toBe(2)
  })

  it('take a revoked facilitator link’s rights away on every instance', async () => {
    const [a, b] = [instance(), instance()]
    const key = newFacilitatorKey()
    const roomId = await storedRoom(a.storage, hashFacilitatorKey(key))
    await joined(a.registry, roomId, 'watcher')
    const facilitator = await joined(b.registry, roomId, 'facilitator', key)
    const liveOnB = await b.registry.whenLoaded(roomId)
    expect(liveOnB?.isFacilitator(facilitator.connection)).toBe(true)
    await a.storage.revokeFacilitatorLink(roomId, 'first-link-00000', Date.now())
    await a.registry.facilitatorLinksChanged(roomId)
    await until(() => liveOnB?.isFacilitator(facilitator.connection) === false)
  })

  it('close a deleted room’s sockets on every instance with 4404, and load it nowhere again', async () => {
    const [a, b] = [instance(), instance()]
    const roomId = await storedRoom(a.storage)
    const alice = await joined(a.registry, roomId, 'alice')
    const bob = await joined(b.registry, roomId, 'bob')
    expect(await a.registry.deleteRoom(roomId)).toBe(true)
    expect(alice.connection.closed?.code).toBe(CloseCode.RoomNotFound)
    await until(() => bob.connection.closed?.code === CloseCode.RoomNotFound)
    expect(await b.registry.connect(roomId, 'board', new FakeConnection('late'))).toEqual({ ok: false, reason: 'room-not-found' })
  })
})
