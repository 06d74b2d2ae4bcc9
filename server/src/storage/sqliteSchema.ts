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
  // Facilitation: links instead of one key per room, participants, votes, welcome media,
  // and a second document per room (the session) sharing the update log.
  `
  CREATE TABLE facilitator_links (
    id TEXT PRIMARY KEY,
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    key_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX facilitator_links_by_room ON facilitator_links (room_id, created_at);

  -- Each room's original key becomes its first link.
  INSERT INTO facilitator_links (id, room_id, key_hash, created_at)
    SELECT lower(hex(randomblob(8))), id, facilitator_key_hash, created_at FROM rooms;
  ALTER TABLE rooms DROP COLUMN facilitator_key_hash;

  CREATE TABLE participants (
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (room_id, id)
  ) STRICT;

  CREATE TABLE votes (
    room_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    idea_id TEXT NOT NULL,
    dots INTEGER NOT NULL CHECK (dots > 0),
    PRIMARY KEY (room_id, participant_id, idea_id),
    FOREIGN KEY (room_id, participant_id) REFERENCES participants (room_id, id) ON DELETE CASCADE
  ) STRICT;

  CREATE TABLE media (
    id TEXT PRIMARY KEY,
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  ALTER TABLE room_updates ADD COLUMN doc TEXT NOT NULL DEFAULT 'board' CHECK (doc IN ('board', 'session'));
  DROP INDEX room_updates_by_room;
  CREATE INDEX room_updates_by_doc ON room_updates (room_id, doc, seq);

  -- A snapshot per document, so the key becomes (room, doc): SQLite rebuilds the table.
  CREATE TABLE room_snapshots_by_doc (
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    doc TEXT NOT NULL CHECK (doc IN ('board', 'session')),
    snapshot BLOB NOT NULL,
    up_to_seq INTEGER NOT NULL,
    PRIMARY KEY (room_id, doc)
  ) STRICT;
  INSERT INTO room_snapshots_by_doc (room_id, doc, snapshot, up_to_seq)
    SELECT room_id, 'board', snapshot, up_to_seq FROM room_snapshots;
  DROP TABLE room_snapshots;
  ALTER TABLE room_snapshots_by_doc RENAME TO room_snapshots;
  `,
  // Votes carried over from a backup into a restored room: counted in tallies, on nobody's
  // ballot (who voted for what never leaves the server, so a backup cannot say).
  `
  CREATE TABLE carried_votes (
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    idea_id TEXT NOT NULL,
    votes INTEGER NOT NULL CHECK (votes > 0),
    PRIMARY KEY (room_id, idea_id)
  ) STRICT;
  `,
  // The retention sweep looks for rooms nobody has used for a while.
  `
  CREATE INDEX rooms_by_last_active ON rooms (last_active_at);
  `,
]

/** Brings the database up to `target` (the newest schema unless a test asks for an older one). */
export function migrate(db: Database.Database, target = migrations.length): void {
  const current = db.pragma('user_version', { simple: true })
  if (typeof current !== 'number') throw new Error('could not read the database schema version')
  if (current > migrations.length) {
    throw new Error(`the database was written by a newer version of Roundtable (schema ${current})`)
  }
  for (let version = current; version < target; version++) {
    db.transaction(() => {
      db.exec(migrations[version] ?? '')
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
