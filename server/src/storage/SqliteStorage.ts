// Storage in one SQLite file in the data directory, through better-sqlite3. Calls are
// synchronous underneath; the async interface is what a networked database will need.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './sqliteSchema.ts'
import type {
  CreateRoomResult,
  NewRoomRecord,
  RoomRecord,
  Storage,
  StoredDocument,
  StoredUpdate,
  UpdateEntry,
} from './Storage.ts'

export const DATABASE_FILE = 'roundtable.sqlite'

export class SqliteStorage implements Storage {
  private readonly db: Database.Database

  /** Opens (creating if needed) the database in `dataDir`. */
  static open(dataDir: string): SqliteStorage {
    mkdirSync(dataDir, { recursive: true })
    return new SqliteStorage(new Database(join(dataDir, DATABASE_FILE)))
  }

  private constructor(db: Database.Database) {
    this.db = db
    db.pragma('journal_mode = WAL')
    // In WAL mode, NORMAL still writes each commit to the WAL before returning, so a
    // crashed or killed process loses nothing; only an OS crash or power cut can undo the
    // last commits. FULL would fsync on every commit, a cost per event-loop turn.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db)
  }

  async createRoom(room: NewRoomRecord): Promise<CreateRoomResult> {
    const result = this.db
      .prepare(
        `INSERT INTO rooms (id, code, facilitator_key_hash, title, question, created_at, last_active_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
      )
      .run(room.id, room.code, room.facilitatorKeyHash, room.title, room.question, room.createdAt, room.createdAt)
    return result.changes === 1 ? 'created' : 'code-taken'
  }

  async getRoom(id: string): Promise<RoomRecord | null> {
    return parseRoomRow(this.db.prepare('SELECT * FROM rooms WHERE id = ?').get(id))
  }

  async getRoomByCode(code: string): Promise<RoomRecord | null> {
    return parseRoomRow(this.db.prepare('SELECT * FROM rooms WHERE code = ?').get(code))
  }

  async loadDocument(roomId: string): Promise<StoredDocument> {
    const read = this.db.transaction((): StoredDocument => {
      const row = this.db.prepare('SELECT snapshot, up_to_seq FROM room_snapshots WHERE room_id = ?').get(roomId)
      const snapshot = row === undefined ? null : blobField(row, 'snapshot')
      const after = row === undefined ? 0 : integerField(row, 'up_to_seq')
      const updates = this.db
        .prepare('SELECT seq, update_data FROM room_updates WHERE room_id = ? AND seq > ? ORDER BY seq')
        .all(roomId, after)
        .map((entry): StoredUpdate => ({ seq: integerField(entry, 'seq'), update: blobField(entry, 'update_data') }))
      return { snapshot, updates }
    })
    return read()
  }

  async appendUpdates(entries: readonly UpdateEntry[]): Promise<number[]> {
    const insert = this.db.prepare('INSERT INTO room_updates (room_id, update_data) VALUES (?, ?)')
    const append = this.db.transaction(() =>
      entries.map((entry) => Number(insert.run(entry.roomId, toBuffer(entry.update)).lastInsertRowid)),
    )
    return append()
  }

  async compact(roomId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const write = this.db.transaction(() => {
      const stored = this.db
        .prepare(
          `INSERT INTO room_snapshots (room_id, snapshot, up_to_seq) VALUES (?, ?, ?)
           ON CONFLICT (room_id) DO UPDATE SET snapshot = excluded.snapshot, up_to_seq = excluded.up_to_seq
           WHERE excluded.up_to_seq >= room_snapshots.up_to_seq`,
        )
        .run(roomId, toBuffer(snapshot), upToSeq)
      // A stale snapshot was refused: the stored one already covers these entries.
      if (stored.changes === 0) return
      this.db.prepare('DELETE FROM room_updates WHERE room_id = ? AND seq <= ?').run(roomId, upToSeq)
    })
    write()
  }

  async touchRoom(roomId: string, at: number): Promise<void> {
    this.db.prepare('UPDATE rooms SET last_active_at = MAX(last_active_at, ?) WHERE id = ?').run(at, roomId)
  }

  async deleteRoom(roomId: string): Promise<boolean> {
    // The snapshot and log go with the room (ON DELETE CASCADE).
    return this.db.prepare('DELETE FROM rooms WHERE id = ?').run(roomId).changes === 1
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}

// Stored rows are read back through these checks, like any input from outside the process.

function parseRoomRow(row: unknown): RoomRecord | null {
  if (row === undefined) return null
  return {
    id: textField(row, 'id'),
    code: textField(row, 'code'),
    facilitatorKeyHash: textField(row, 'facilitator_key_hash'),
    title: textField(row, 'title'),
    question: textField(row, 'question'),
    createdAt: integerField(row, 'created_at'),
    lastActiveAt: integerField(row, 'last_active_at'),
  }
}

function field(row: unknown, name: string): unknown {
  if (typeof row !== 'object' || row === null) throw new Error('stored row is not an object')
  return (row as Record<string, unknown>)[name]
}

function textField(row: unknown, name: string): string {
  const value = field(row, name)
  if (typeof value !== 'string') throw new Error(`stored ${name} is not text`)
  return value
}

function integerField(row: unknown, name: string): number {
  const value = field(row, name)
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`stored ${name} is not an integer`)
  return value
}

function blobField(row: unknown, name: string): Uint8Array {
  const value = field(row, name)
  if (!(value instanceof Uint8Array)) throw new Error(`stored ${name} is not a blob`)
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
