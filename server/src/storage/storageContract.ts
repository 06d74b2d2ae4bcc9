// The behaviour every Storage implementation must have, as a vitest suite that each
// implementation's test file runs against its own fresh database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { facilitationContract } from './facilitationContract.ts'
import { newRoomRecord } from './roomFixtures.ts'
import type { Storage } from './Storage.ts'

/** A fresh, empty database. `open` may be called again after `close` to reopen the same one. */
export interface StorageHarness {
  open(): Promise<Storage>
  cleanup?(): Promise<void>
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

function rebuild(stored: { snapshot: Uint8Array | null; updates: { update: Uint8Array }[] }): Y.Doc {
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const entry of stored.updates) Y.applyUpdate(doc, entry.update)
  return doc
}

/** What each part of the contract gets: the storage under test, and a way to reopen it. */
export interface ContractContext {
  readonly storage: Storage
  /** Closes the storage and opens the same database again. */
  reopen(): Promise<Storage>
}

export { newRoomRecord }

export function describeStorageContract(name: string, makeHarness: () => Promise<StorageHarness>): void {
  describe(`${name} (Storage contract)`, () => {
    let harness: StorageHarness
    let storage: Storage
    const context: ContractContext = {
      get storage() {
        return storage
      },
      reopen: async () => {
        await storage.close()
        storage = await harness.open()
        return storage
      },
    }

    beforeEach(async () => {
      harness = await makeHarness()
      storage = await harness.open()
    })
    afterEach(async () => {
      await storage.close()
      await harness.cleanup?.()
    })

    facilitationContract(context)

    it('creates a room and finds it by id and by join code', async () => {
      const room = newRoomRecord({ code: 'HJK234' })
      expect(await storage.createRoom(room)).toBe('created')
      const { facilitatorLink: _link, ...fields } = room
      const expected = { ...fields, lastActiveAt: room.createdAt }
      expect(await storage.getRoom(room.id)).toEqual(expected)
      expect(await storage.getRoomByCode('HJK234')).toEqual(expected)
    })

    it('answers null for a room that does not exist', async () => {
      expect(await storage.getRoom('nosuchroom000000000000')).toBeNull()
      expect(await storage.getRoomByCode('ZZZ999')).toBeNull()
    })

    it('refuses a join code that another room has, and keeps the first room', async () => {
      const first = newRoomRecord({ code: 'MNP345' })
      await storage.createRoom(first)
      const second = newRoomRecord({ code: 'MNP345' })
      expect(await storage.createRoom(second)).toBe('code-taken')
      expect(await storage.getRoom(second.id)).toBeNull()
      expect((await storage.getRoomByCode('MNP345'))?.id).toBe(first.id)
    })

    it('loads an empty document for a new room', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      expect(await storage.loadDocument(room.id, 'board')).toEqual({ snapshot: null, updates: [] })
    })

    it('appends updates for several rooms in one call and loads each room in order', async () => {
      const a = newRoomRecord()
      const b = newRoomRecord()
      await storage.createRoom(a)
      await storage.createRoom(b)
      const [a1, a2] = [textUpdate('a1'), textUpdate('a2')]
      const seqs = await storage.appendUpdates([
        { roomId: a.id, doc: 'board', update: a1 },
        { roomId: b.id, doc: 'board', update: textUpdate('b1') },
        { roomId: a.id, doc: 'board', update: a2 },
      ])
      expect(seqs).toHaveLength(3)
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
      const loadedA = await storage.loadDocument(a.id, 'board')
      expect(loadedA.updates.map((entry) => entry.seq)).toEqual([seqs[0], seqs[2]])
      expect(loadedA.updates.map((entry) => Array.from(entry.update))).toEqual([Array.from(a1), Array.from(a2)])
      expect((await storage.loadDocument(b.id, 'board')).updates).toHaveLength(1)
    })

    it('stores none of a batch when one entry cannot be stored', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      await expect(
        storage.appendUpdates([
          { roomId: room.id, doc: 'board', update: textUpdate('kept?') },
          { roomId: 'nosuchroom000000000000', doc: 'board', update: textUpdate('orphan') },
        ]),
      ).rejects.toThrow()
      expect((await storage.loadDocument(room.id, 'board')).updates).toEqual([])
    })

    it('compacts the log into a snapshot without changing the document', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      const doc = new Y.Doc()
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      for (const word of ['one ', 'two ', 'three ']) doc.getText('t').insert(doc.getText('t').length, word)
      const seqs = await storage.appendUpdates(updates.map((update) => ({ roomId: room.id, doc: 'board' as const, update })))
      const upTo = seqs[1] ?? 0
      const partial = new Y.Doc()
      Y.applyUpdate(partial, updates[0] ?? new Uint8Array())
      Y.applyUpdate(partial, updates[1] ?? new Uint8Array())
      await storage.compact(room.id, 'board', Y.encodeStateAsUpdate(partial), upTo)

      const loaded = await storage.loadDocument(room.id, 'board')
      expect(loaded.snapshot).not.toBeNull()
      expect(loaded.updates.map((entry) => entry.seq)).toEqual([seqs[2]])
      expect(rebuild(loaded).getText('t').toString()).toBe('one two three ')
    })

    it('loads updates appended after a compaction that emptied the log', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      const before = textUpdate('before')
      const [seq] = await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: before }])
      await storage.compact(room.id, 'board', before, seq ?? 0)
      const doc = new Y.Doc()
      Y.applyUpdate(doc, before)
      const later: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => later.push(update))
      doc.getText('t').insert(6, ' after')
      await storage.appendUpdates(later.map((update) => ({ roomId: room.id, doc: 'board' as const, update })))
      expect(rebuild(await storage.loadDocument(room.id, 'board')).getText('t').toString()).toBe('before after')
    })

    it('ignores a snapshot older than the stored one', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      const [x, y] = [textUpdate('x'), textUpdate('y')]
      const [s1, s2] = await storage.appendUpdates([
        { roomId: room.id, doc: 'board', update: x },
        { roomId: room.id, doc: 'board', update: y },
      ])
      await storage.compact(room.id, 'board', Y.mergeUpdates([x, y]), s2 ?? 0)
      await storage.compact(room.id, 'board', x, s1 ?? 0)
      const text = rebuild(await storage.loadDocument(room.id, 'board')).getText('t').toString()
      expect(text.length).toBe(2)
    })

    it('keeps the board and the session documents of a room apart, and compacts each alone', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      const [boardSeq] = await storage.appendUpdates([
        { roomId: room.id, doc: 'board', update: textUpdate('board') },
        { roomId: room.id, doc: 'session', update: textUpdate('session') },
      ])
      expect(rebuild(await storage.loadDocument(room.id, 'board')).getText('t').toString()).toBe('board')
      expect(rebuild(await storage.loadDocument(room.id, 'session')).getText('t').toString()).toBe('session')
      await storage.compact(room.id, 'board', textUpdate('board'), boardSeq ?? 0)
      expect((await storage.loadDocument(room.id, 'session')).updates).toHaveLength(1)
      expect(await storage.loadDocument(room.id, 'session')).toMatchObject({ snapshot: null })
    })

    it('moves last-active time forward only', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      await storage.touchRoom(room.id, room.createdAt + 5000)
      await storage.touchRoom(room.id, room.createdAt + 1000)
      expect((await storage.getRoom(room.id))?.lastActiveAt).toBe(room.createdAt + 5000)
    })

    it('lists the rooms nobody has used since a time, longest idle first, up to a limit', async () => {
      const older = newRoomRecord({ createdAt: 1_000 })
      const old = newRoomRecord({ createdAt: 2_000 })
      const touched = newRoomRecord({ createdAt: 1_500 })
      const recent = newRoomRecord({ createdAt: 9_000 })
      for (const room of [older, old, touched, recent]) await storage.createRoom(room)
      await storage.touchRoom(touched.id, 8_000)
      const ids = async (before: number, limit: number) => (await storage.listIdleRooms(before, limit)).map((room) => room.id)
      expect(await ids(5_000, 10)).toEqual([older.id, old.id])
      expect(await ids(5_000, 1)).toEqual([older.id])
      expect(await ids(2_000, 10)).toEqual([older.id])
      expect(await ids(1_000, 10)).toEqual([])
      const { facilitatorLink: _link, ...fields } = older
      expect(await storage.listIdleRooms(1_001, 1)).toEqual([{ ...fields, lastActiveAt: 1_000 }])
    })

    it('deletes a room with its whole document and frees its join code', async () => {
      const room = newRoomRecord({ code: 'QRS678' })
      await storage.createRoom(room)
      const [seq] = await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate('gone') }])
      await storage.compact(room.id, 'board', textUpdate('gone'), seq ?? 0)
      await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate('also gone') }])
      expect(await storage.deleteRoom(room.id)).toBe(true)
      expect(await storage.getRoom(room.id)).toBeNull()
      expect(await storage.loadDocument(room.id, 'board')).toEqual({ snapshot: null, updates: [] })
      expect(await storage.deleteRoom(room.id)).toBe(false)
      expect(await storage.createRoom(newRoomRecord({ code: 'QRS678' }))).toBe('created')
    })

    it('keeps rooms and documents after closing and reopening', async () => {
      const room = newRoomRecord()
      await storage.createRoom(room)
      await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate('kept') }])
      await context.reopen()
      expect((await storage.getRoom(room.id))?.title).toBe(room.title)
      expect(rebuild(await storage.loadDocument(room.id, 'board')).getText('t').toString()).toBe('kept')
    })
  })
}
