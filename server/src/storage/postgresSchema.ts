// The Postgres schema: every table lives in one named schema ("roundtable" unless
// DATABASE_URL says ?schema=…), created and migrated on open under an advisory lock.
import type { Pool } from 'pg'

/** Where production keeps its tables when DATABASE_URL names no schema. */
export const DEFAULT_SCHEMA = 'roundtable'

/** Lowercase, so the name needs no quoting rules beyond double quotes; 63 bytes is Postgres's limit. */
export function isSchemaName(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name)
}

/** Each table's name, qualified with the schema, for building queries. */
export function tablesIn(schema: string) {
  if (!isSchemaName(schema)) throw new Error(`"${schema}" is not a usable Postgres schema name`)
  const q = `"${schema}"`
  return {
    schema: q,
    rooms: `${q}.rooms`,
    snapshots: `${q}.room_snapshots`,
    updates: `${q}.room_updates`,
    updateSeq: `${q}.room_updates_seq_seq`,
    links: `${q}.facilitator_links`,
    participants: `${q}.participants`,
    votes: `${q}.votes`,
    carriedVotes: `${q}.carried_votes`,
    media: `${q}.media`,
    version: `${q}.schema_version`,
  }
}

export type PostgresTables = ReturnType<typeof tablesIn>

/** The same tables as SQLite's newest schema; milliseconds are bigint, bytes are bytea. */
const migrations: readonly ((t: PostgresTables) => string)[] = [
  (t) => `
  CREATE TABLE IF NOT EXISTS ${t.rooms} (
    id text PRIMARY KEY,
    code text NOT NULL UNIQUE,
    title text NOT NULL,
    question text NOT NULL,
    created_at bigint NOT NULL,
    last_active_at bigint NOT NULL
  );
  CREATE INDEX IF NOT EXISTS rooms_by_last_active ON ${t.rooms} (last_active_at);

  CREATE TABLE IF NOT EXISTS ${t.snapshots} (
    room_id text NOT NULL REFERENCES ${t.rooms} (id) ON DELETE CASCADE,
    doc text NOT NULL CHECK (doc IN ('board', 'session')),
    snapshot bytea NOT NULL,
    up_to_seq bigint NOT NULL,
    PRIMARY KEY (room_id, doc)
  );

  -- One sequence for the whole database, so a seq is never reused, even after compaction.
  CREATE TABLE IF NOT EXISTS ${t.updates} (
    seq bigserial PRIMARY KEY,
    room_id text NOT NULL REFERENCES ${t.rooms} (id) ON DELETE CASCADE,
    doc text NOT NULL CHECK (doc IN ('board', 'session')),
    update_data bytea NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_by_doc ON ${t.updates} (room_id, doc, seq);

  -- position keeps links made in the same millisecond in the order they were made.
  CREATE TABLE IF NOT EXISTS ${t.links} (
    id text PRIMARY KEY,
    room_id text NOT NULL REFERENCES ${t.rooms} (id) ON DELETE CASCADE,
    key_hash text NOT NULL,
    created_at bigint NOT NULL,
    revoked_at bigint,
    position bigint GENERATED ALWAYS AS IDENTITY
  );
  CREATE INDEX IF NOT EXISTS facilitator_links_by_room ON ${t.links} (room_id, created_at);

  CREATE TABLE IF NOT EXISTS ${t.participants} (
    room_id text NOT NULL REFERENCES ${t.rooms} (id) ON DELETE CASCADE,
    id text NOT NULL,
    token_hash text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (room_id, id)
  );

  CREATE TABLE IF NOT EXISTS ${t.votes} (
    room_id text NOT NULL,
    participant_id text NOT NULL,
    idea_id text NOT NULL,
    dots integer NOT NULL CHECK (dots > 0),
    PRIMARY KEY (room_id, participant_id, idea_id),
    FOREIGN KEY (room_id, participant_id) REFERENCES ${t.participants} (room_id, id) ON DELETE CASCADE
  );

  CREATE TABLE IF NOT EXISTS ${t.carriedVotes} (
    room_id text NOT NULL REFERENCES ${t.rooms} (id) ON DELETE CASCADE,
    idea_id text NOT NULL,
    votes integer NOT NULL CHECK (votes > 0),
    PRIMARY KEY (room_id, idea_id)
  );

  CREATE TABLE IF NOT EXISTS ${t.media} (
    id text PRIMARY KEY,
    room_id text NOT NULL REFERENCES ${t.rooms} (id) ON DELETE CASCADE,
    content_type text NOT NULL,
    bytes bytea NOT NULL,
    created_at bigint NOT NULL
  );
  CREATE INDEX IF NOT EXISTS media_by_room ON ${t.media} (room_id);
  `,
]

/**
 * Creates the schema and its tables if missing and applies newer migrations. Several
 * instances may start at once: the advisory lock lets one migrate while the others wait.
 */
export async function migratePostgres(pool: Pool, t: PostgresTables): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`roundtable schema ${t.schema}`])
    // Only when missing: CREATE SCHEMA needs a right on the database that a schema made
    // beforehand by an administrator does not.
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [t.schema.slice(1, -1)])
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${t.schema}`)
    await client.query(`CREATE TABLE IF NOT EXISTS ${t.version} (version integer NOT NULL)`)
    const stored = await client.query(`SELECT version FROM ${t.version}`)
    const current = stored.rows.length === 0 ? 0 : Number((stored.rows[0] as { version: unknown }).version)
    if (current > migrations.length) {
      throw new Error(`the database was written by a newer version of Roundtable (schema ${current})`)
    }
    for (let version = current; version < migrations.length; version++) await client.query(migrations[version]?.(t) ?? '')
    if (stored.rows.length === 0) await client.query(`INSERT INTO ${t.version} (version) VALUES ($1)`, [migrations.length])
    else await client.query(`UPDATE ${t.version} SET version = $1`, [migrations.length])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
