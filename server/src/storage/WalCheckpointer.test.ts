import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newRoomRecord } from './roomFixtures.ts'
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.ts'
import { WalCheckpointer } from './WalCheckpointer.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-checkpoint-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const size = (file: string) => statSync(file).size

describe('WalCheckpointer', () => {
  it('copies the log into the database file on its own thread, and empties it with TRUNCATE', async () => {
    const file = join(dir, 'board.sqlite')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    db.pragma('wal_autocheckpoint = 0')
    db.exec('CREATE TABLE ideas (words TEXT)')
    const insert = db.prepare('INSERT INTO ideas VALUES (?)')
    for (let n = 0; n < 200; n++) insert.run(`a quiet room to wait in, ${n} `.repeat(20))
    const checkpointer = new WalCheckpointer(file)
    try {
      expect(size(`${file}-wal`)).toBeGreaterThan(0)
      const before = size(file)
      const passive = await checkpointer.checkpoint('PASSIVE')
      expect(passive.busy).toBe(0)
      expect(passive.log).toBeGreaterThan(0)
      expect(passive.checkpointed).toBe(passive.log)
      expect(size(file)).toBeGreaterThan(before)
      const truncated = await checkpointer.checkpoint('TRUNCATE')
      expect(truncated.busy).toBe(0)
      expect(size(`${file}-wal`)).toBe(0)
      // The main connection reads and writes on as before.
      insert.run('one more idea')
      expect(db.prepare('SELECT COUNT(*) AS n FROM ideas').get()).toEqual({ n: 201 })
    } finally {
      await checkpointer.close()
      db.close()
    }
  })

  it('says so when a checkpoint cannot run, and refuses new ones once closed', async () => {
    const checkpointer = new WalCheckpointer(join(dir, 'missing', 'board.sqlite'))
    await expect(checkpointer.checkpoint('PASSIVE')).rejects.toThrow()
    await checkpointer.close()
    await expect(checkpointer.checkpoint('PASSIVE')).rejects.toThrow()
  })
})

describe('SqliteStorage checkpoints', () => {
  it('never checkpoints inside a commit, and copies the log into the database file soon after writing', async () => {
    const storage = SqliteStorage.open(dir)
    const file = join(dir, DATABASE_FILE)
    try {
      const room = newRoomRecord({ createdAt: Date.now() })
      await storage.createRoom(room)
      const update = new Uint8Array(2000).fill(7)
      // Enough for SQLite's own automatic checkpoint (1,000 pages) several times over.
      for (let batch = 0; batch < 40; batch++) {
        await storage.appendUpdates(Array.from({ length: 100 }, () => ({ roomId: room.id, doc: 'board' as const, update })))
      }
      const before = size(file)
      expect(size(`${file}-wal`)).toBeGreaterThan(8 * 1024 * 1024)
      await expect.poll(() => size(file), { timeout: 5000, interval: 100 }).toBeGreaterThan(before + 4 * 1024 * 1024)
    } finally {
      await storage.close()
    }
  })
})
