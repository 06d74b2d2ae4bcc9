// Runs the Storage contract against SQLite in a temporary directory, plus SQLite's own settings.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { newRoomRecord } from './roomFixtures.ts'
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.ts'
import { migrate } from './sqliteSchema.ts'
import { describeStorageContract } from './storageContract.ts'

function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'roundtable-storage-'))
}

/** Whether the text is anywhere in the database file or its write-ahead log, read as raw bytes. */
function inFiles(dataDir: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8')
  return ['', '-wal'].some((suffix) => {
    const path = join(dataDir, DATABASE_FILE + suffix)
    return existsSync(path) && readFileSync(path).includes(needle)
  })
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  const updates: Uint8Array[] = []
  const collect = (update: Uint8Array) => updates.push(update)
  doc.on('update', collect)
  doc.getText('t').insert(doc.getText('t').length, text)
  doc.off('update', collect)
  return Y.mergeUpdates(updates)
}

describeStorageContract('SqliteStorage', async () => {
  const dir = tempDataDir()
  return {
    open: async () => SqliteStorage.open(dir),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
})

describe('SqliteStorage', () => {
  it('creates a missing data directory and uses write-ahead logging', async () => {
    const parent = tempDataDir()
    const dataDir = join(parent, 'nested', 'data')
    const storage = SqliteStorage.open(dataDir)
    await storage.close()
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it("turns each existing room's facilitator key into its first link and keeps its board", async () => {
    const dataDir = tempDataDir()
    const old = new Database(join(dataDir, DATABASE_FILE))
    migrate(old, 1)
    old
      .prepare('INSERT INTO rooms (id, code, facilitator_key_hash, title, question, created_at, last_active_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('AAAAAAAAAAAAAAAAAAAAAA', 'ABC234', 'c'.repeat(64), 'Old room', '', 1000, 2000)
    old.prepare('INSERT INTO room_snapshots (room_id, snapshot, up_to_seq) VALUES (?, ?, ?)').run('AAAAAAAAAAAAAAAAAAAAAA', Buffer.from([0, 0]), 0)
    old.close()

    const storage = SqliteStorage.open(dataDir)
    const links = await storage.listFacilitatorLinks('AAAAAAAAAAAAAAAAAAAAAA')
    expect(links).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), roomId: 'AAAAAAAAAAAAAAAAAAAAAA', keyHash: 'c'.repeat(64), createdAt: 1000, revokedAt: null },
    ])
    expect(await storage.getRoom('AAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ title: 'Old room', lastActiveAt: 2000 })
    expect((await storage.loadDocument('AAAAAAAAAAAAAAAAAAAAAA', 'board')).snapshot).toEqual(Uint8Array.from([0, 0]))
    expect((await storage.loadDocument('AAAAAAAAAAAAAAAAAAAAAA', 'session')).snapshot).toBeNull()
    await storage.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps no trace of a deleted room in the database file or its write-ahead log', async () => {
    const dataDir = tempDataDir()
    const storage = SqliteStorage.open(dataDir)
    const room = newRoomRecord({ title: 'Quokka-title-5521' })
    await storage.createRoom(room)
    const kept = newRoomRecord()
    await storage.createRoom(kept)
    const doc = new Y.Doc()
    const [seq] = await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate(doc, 'Marmalade-snapshot-7781 ') }])
    await storage.compact(room.id, 'board', Y.encodeStateAsUpdate(doc), seq ?? 0)
    await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate(doc, 'Marmalade-log-4410') }])
    await storage.addMedia({ id: 'm1', roomId: room.id, contentType: 'audio/ogg', bytes: Buffer.from('Marmalade-media-9902'), createdAt: 1 })
    await storage.appendUpdates([{ roomId: kept.id, doc: 'board', update: textUpdate(new Y.Doc(), 'Another-room-3318') }])
    const texts = ['Quokka-title-5521', 'Marmalade-snapshot-7781', 'Marmalade-log-4410', 'Marmalade-media-9902']
    for (const text of texts) expect(inFiles(dataDir, text), text).toBe(true)

    expect(await storage.deleteRoom(room.id)).toBe(true)
    for (const text of texts) expect(inFiles(dataDir, text), text).toBe(false)
    expect(inFiles(dataDir, 'Another-room-3318')).toBe(true)
    await storage.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps no copy of the log entries, or the snapshot, that a compaction replaced in either file', async () => {
    const dataDir = tempDataDir()
    const storage = SqliteStorage.open(dataDir)
    const room = newRoomRecord()
    await storage.createRoom(room)
    const doc = new Y.Doc()
    const [first] = await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate(doc, 'Snapshot-words-2291 ') }])
    await storage.compact(room.id, 'board', Y.encodeStateAsUpdate(doc), first ?? 0)
    const [second] = await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: textUpdate(doc, 'Logged-words-6620') }])
    expect(inFiles(dataDir, 'Snapshot-words-2291')).toBe(true)
    expect(inFiles(dataDir, 'Logged-words-6620')).toBe(true)
    // As when an idea is withdrawn: the text is deleted, and the snapshot of a doc with gc on drops it.
    doc.getText('t').delete(0, doc.getText('t').length)
    doc.getText('t').insert(0, 'Still-here-1204')
    await storage.compact(room.id, 'board', Y.encodeStateAsUpdate(doc), second ?? 0)
    expect(inFiles(dataDir, 'Snapshot-words-2291')).toBe(false)
    expect(inFiles(dataDir, 'Logged-words-6620')).toBe(false)
    expect(inFiles(dataDir, 'Still-here-1204')).toBe(true)
    await storage.close()
    rmSync(dataDir, { recursive: true, force: true })
  })
})
