// Runs the Storage contract against SQLite in a temporary directory, plus SQLite's own settings.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.ts'
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
})
