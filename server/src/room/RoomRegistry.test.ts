import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate } from '@roundtable/shared'
import { setLogLevel } from '../logger.ts'
import { newRoomId } from '../rooms/roomSecrets.ts'
import { newRoomRecord } from '../storage/storageContract.ts'
import { SqliteStorage } from '../storage/SqliteStorage.ts'
import { UpdateBatcher } from '../storage/UpdateBatcher.ts'
import type { RoomConnection } from './RoomConnection.ts'
import { RoomRegistry } from './RoomRegistry.ts'

class QuietConnection implements RoomConnection {
  closed: number | null = null
  constructor(readonly id: string) {}
  send(): void {}
  close(code: number): void {
    this.closed = code
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let dir: string
let storage: SqliteStorage
let loads: number
let registry: RoomRegistry

function makeRegistry(idleMs: number, appendsFail: () => boolean = () => false): RoomRegistry {
  const batcher = new UpdateBatcher({
    appendUpdates: (entries) => (appendsFail() ? Promise.reject(new Error('disk full')) : storage.appendUpdates(entries)),
  })
  return new RoomRegistry({ storage, batcher, idleMs, compactAfterUpdates: 500, storageRetry: { firstMs: 5, maxMs: 10 } })
}

beforeAll(() => setLogLevel('silent'))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-registry-'))
  storage = SqliteStorage.open(dir)
  loads = 0
  const getRoom = storage.getRoom.bind(storage)
  storage.getRoom = (id) => {
    loads++
    return getRoom(id)
  }
})
afterEach(async () => {
  await registry.shutdown(CloseCode.ServiceRestart, 'test over')
  await storage.close()
  rmSync(dir, { recursive: true, force: true })
})

async function storedRoom(): Promise<string> {
  const room = newRoomRecord({ id: newRoomId() })
  await storage.createRoom(room)
  return room.id
}

describe('RoomRegistry', () => {
  it('loads a room once for connections that arrive together', async () => {
    registry = makeRegistry(1000)
    const id = await storedRoom()
    const [first, second] = await Promise.all([
      registry.connect(id, 'board', new QuietConnection('a')),
      registry.connect(id, 'board', new QuietConnection('b')),
    ])
    expect(first.ok && second.ok && first.room === second.room).toBe(true)
    expect(loads).toBe(1)
    expect(registry.connectionCount).toBe(2)
  })

  it('reports a room that is not stored, and does not look up ids that cannot be rooms', async () => {
    registry = makeRegistry(1000)
    expect(await registry.connect('AAAAAAAAAAAAAAAAAAAAAA', 'board', new QuietConnection('a'))).toEqual({
      ok: false,
      reason: 'room-not-found',
    })
    expect(await registry.connect('../../etc', 'board', new QuietConnection('b'))).toEqual({ ok: false, reason: 'room-not-found' })
    expect(loads).toBe(1)
  })

  it('unloads an empty room after the idle time, compacting what it stored', async () => {
    registry = makeRegistry(30)
    const id = await storedRoom()
    const connection = new QuietConnection('a')
    const result = await registry.connect(id, 'board', connection)
    if (!result.ok) throw new Error('room should load')
    const author = new Y.Doc()
    author.getText('idea').insert(0, 'Somewhere quiet to talk')
    result.room.receive(connection, encodeUpdate(Y.encodeStateAsUpdate(author)))
    result.room.leave(connection)
    expect(registry.roomCount).toBe(1)

    await wait(200)
    expect(registry.roomCount).toBe(0)
    const stored = await storage.loadDocument(id, 'board')
    expect(stored.updates).toEqual([])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, stored.snapshot ?? new Uint8Array())
    expect(doc.getText('idea').toString()).toBe('Somewhere quiet to talk')
  })

  it('keeps a room loaded when someone comes back within the idle time', async () => {
    registry = makeRegistry(100)
    const id = await storedRoom()
    const first = new QuietConnection('a')
    await registry.connect(id, 'board', first)
    const joined = await registry.connect(id, 'board', new QuietConnection('b'))
    if (joined.ok) joined.room.leave(first)
    await wait(200)
    expect(registry.roomCount).toBe(1)
    expect(loads).toBe(1)
  })

  it('keeps a room holding an update it could not store in memory until it is stored', async () => {
    let failing = true
    registry = makeRegistry(30, () => failing)
    const id = await storedRoom()
    const connection = new QuietConnection('a')
    const result = await registry.connect(id, 'board', connection)
    if (!result.ok) throw new Error('room should load')
    const author = new Y.Doc()
    author.getText('idea').insert(0, 'Written as the disk filled up')
    result.room.receive(connection, encodeUpdate(Y.encodeStateAsUpdate(author)))
    await wait(100)
    expect(connection.closed).toBe(CloseCode.StorageUnavailable)
    expect(registry.roomsRefusingEdits).toBe(1)

    await wait(200)
    expect(registry.roomCount).toBe(1)
    failing = false
    await wait(300)
    expect(registry.roomCount).toBe(0)
    const doc = new Y.Doc()
    const stored = await storage.loadDocument(id, 'board')
    for (const update of [stored.snapshot ?? new Uint8Array([0, 0]), ...stored.updates.map((entry) => entry.update)]) Y.applyUpdate(doc, update)
    expect(doc.getText('idea').toString()).toBe('Written as the disk filled up')
  })

  it('refuses newcomers and closes everyone with the given code on shutdown', async () => {
    registry = makeRegistry(1000)
    const id = await storedRoom()
    const present = new QuietConnection('a')
    await registry.connect(id, 'board', present)
    await registry.shutdown(CloseCode.ServiceRestart, 'server restarting')
    expect(present.closed).toBe(CloseCode.ServiceRestart)
    expect(await registry.connect(id, 'board', new QuietConnection('b'))).toEqual({ ok: false, reason: 'shutting-down' })
  })

  it("loads a room's board and session documents together, each from its own log", async () => {
    registry = makeRegistry(1000)
    const id = await storedRoom()
    const edit = (text: string) => {
      const doc = new Y.Doc()
      doc.getText('t').insert(0, text)
      return Y.encodeStateAsUpdate(doc)
    }
    await storage.appendUpdates([
      { roomId: id, doc: 'board', update: edit('board') },
      { roomId: id, doc: 'session', update: edit('session') },
    ])
    const board = await registry.connect(id, 'board', new QuietConnection('a'))
    const session = await registry.connect(id, 'session', new QuietConnection('b'))
    if (!board.ok || !session.ok) throw new Error('room should load')
    expect(board.room.document.getText('t').toString()).toBe('board')
    expect(session.room.document.getText('t').toString()).toBe('session')
    expect(loads).toBe(1)
    expect(registry.connectionCount).toBe(2)
  })

  it('loads a room for a request and unloads it after the idle time once the request is done', async () => {
    registry = makeRegistry(30)
    const id = await storedRoom()
    const result = await registry.use(id, async (live) => {
      await wait(100)
      expect(registry.roomCount).toBe(1)
      return live.id
    })
    expect(result).toEqual({ ok: true, value: id })
    await wait(200)
    expect(registry.roomCount).toBe(0)
    expect(await registry.use('AAAAAAAAAAAAAAAAAAAAAA', async () => 1)).toEqual({ ok: false, reason: 'room-not-found' })
  })
})
