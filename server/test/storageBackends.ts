// The two databases a test server can use, and how a test reads what each really holds:
// the SQLite file and its write-ahead log as raw bytes, or every row of a Postgres schema.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { PostgresTestSchema } from '../src/storage/PostgresTestSchema.ts'
import { DATABASE_FILE } from '../src/storage/SqliteStorage.ts'
import type { DocumentName } from '../src/storage/Storage.ts'
import { removeDir, tempDataDir } from './serverProcess.ts'

export interface StoredRows {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

export interface StorageBackend {
  name: string
  /** For startServer: a data directory, and DATABASE_URL set (Postgres) or cleared (SQLite). */
  dataDir: string
  env: Record<string, string>
  /** Whether the words are anywhere the database keeps data: raw file bytes, or any row of any table. */
  holds(text: string): Promise<boolean>
  /** A document's snapshot and log entries as stored. */
  stored(roomId: string, doc: DocumentName): Promise<StoredRows>
  cleanup(): Promise<void>
}

export function sqliteBackend(): StorageBackend {
  const dataDir = tempDataDir()
  return {
    name: 'SQLite',
    dataDir,
    // Cleared, so a DATABASE_URL in the test runner's environment does not reach the server.
    env: { DATABASE_URL: '' },
    holds: async (text) => {
      const needle = Buffer.from(text, 'utf8')
      return ['', '-wal', '-journal'].some((suffix) => {
        const path = join(dataDir, DATABASE_FILE + suffix)
        return existsSync(path) && readFileSync(path).includes(needle)
      })
    },
    stored: async (roomId, doc) => {
      const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
      try {
        const snapshot = db.prepare('SELECT snapshot FROM room_snapshots WHERE room_id = ? AND doc = ?').get(roomId, doc) as
          | { snapshot: Buffer }
          | undefined
        const updates = db.prepare('SELECT update_data FROM room_updates WHERE room_id = ? AND doc = ? ORDER BY seq').all(roomId, doc) as {
          update_data: Buffer
        }[]
        return { snapshot: snapshot?.snapshot ?? null, updates: updates.map((row) => row.update_data) }
      } finally {
        db.close()
      }
    },
    cleanup: async () => removeDir(dataDir),
  }
}

export async function postgresBackend(): Promise<StorageBackend> {
  const schema = await PostgresTestSchema.create()
  const dataDir = tempDataDir()
  return {
    name: 'Postgres',
    dataDir,
    env: { DATABASE_URL: schema.url },
    holds: async (text) => (await schema.tablesHolding(text)).length > 0,
    stored: async (roomId, doc) => {
      const table = (name: string) => `"${schema.schema}".${name}`
      const snapshots = await schema.query<{ snapshot: Buffer }>(`SELECT snapshot FROM ${table('room_snapshots')} WHERE room_id = $1 AND doc = $2`, [
        roomId,
        doc,
      ])
      const updates = await schema.query<{ update_data: Buffer }>(
        `SELECT update_data FROM ${table('room_updates')} WHERE room_id = $1 AND doc = $2 ORDER BY seq`,
        [roomId, doc],
      )
      return { snapshot: snapshots[0]?.snapshot ?? null, updates: updates.map((row) => row.update_data) }
    },
    cleanup: async () => {
      await schema.drop()
      removeDir(dataDir)
    },
  }
}

/** Whether any of the byte arrays holds the words as UTF-8. */
export function bytesHold(chunks: readonly (Uint8Array | null)[], text: string): boolean {
  const needle = Buffer.from(text, 'utf8')
  return chunks.some((chunk) => chunk !== null && Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).includes(needle))
}

/** Polls an async condition with a bounded wait. */
export async function eventually(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
