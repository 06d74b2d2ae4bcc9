// The SQLite schema and its migrations, applied in order by user_version.
import type Database from 'better-sqlite3'

const migrations: readonly string[] = [
  `
  CREATE TABLE rooms (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    facilitator_key_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_active_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE room_snapshots (
    room_id TEXT PRIMARY KEY REFERENCES rooms(id) ON DELETE CASCADE,
    snapshot BLOB NOT NULL,
    up_to_seq INTEGER NOT NULL
  ) STRICT;

  -- AUTOINCREMENT, not a plain rowid: after compaction empties a room's log, a plain rowid
  -- could hand out a seq at or below the snapshot's up_to_seq, and loading would skip it.
  CREATE TABLE room_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    update_data BLOB NOT NULL
  ) STRICT;

  CREATE INDEX room_updates_by_room ON room_updates (room_id, seq);
  `,
]

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true })
  if (typeof current !== 'number') throw new Error('could not read the database schema version')
  if (current > migrations.length) {
    throw new Error(`the database was written by a newer version of Roundtable (schema ${current})`)
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] ?? '')
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
