// Runs the Storage contract against SQLite in a temporary directory, plus SQLite's own settings.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.ts'
import { migrate } from './sqliteSchema.ts'
import { describeStorageContract } from './storageContract.ts'

function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'roundtable-storage-'))
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
})
