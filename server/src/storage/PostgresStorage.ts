// Storage in Postgres through a pg Pool, for an organisation running several instances.
// Each write is one statement, so each is one transaction without holding a connection.
import pg from 'pg'
import { createLogger, errorMessage } from '../logger.ts'
import type { FacilitatorLinkRecord, MediaRecord, ParticipantRecord } from './FacilitationStorage.ts'
import { databaseStartupError, postgresTarget } from './postgresConnection.ts'
import { PostgresFacilitation } from './PostgresFacilitation.ts'
import { byteaField, numberField, textField } from './postgresRows.ts'
import { migratePostgres, tablesIn, type PostgresTables } from './postgresSchema.ts'
import type {
  CreateRoomResult,
  DocumentName,
  NewRoomRecord,
  RoomRecord,
  Storage,
  StoredDocument,
  StoredUpdate,
  UpdateEntry,
} from './Storage.ts'

const log = createLogger('storage')

/** A request waits this long for a free connection before failing, rather than for ever. */
const CONNECTION_TIMEOUT_MS = 10_000

export interface PostgresOptions {
  /** DATABASE_URL; a `schema` query parameter picks the schema (default "roundtable"). */
  url: string
  /** Overrides the URL's schema; tests use a fresh one each. */
  schema?: string
  /** Most connections this instance opens at once. */
  maxConnections?: number
}

export class PostgresStorage implements Storage {
  private readonly facilitation: PostgresFacilitation
  private closed: Promise<void> | null = null

  /** Connects, creates the schema and tables if needed, or throws one sentence naming DATABASE_URL. */
  static async open(options: PostgresOptions): Promise<PostgresStorage> {
    const target = postgresTarget(options.url)
    const tables = tablesIn(options.schema ?? target.schema)
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    })
    // An idle connection the server drops (a restart, a failover) must not crash the
    // process; the pool replaces it, and requests meanwhile fail and are retried by clients.
    pool.on('error', (error) => log.warn('a database connection failed', { error: errorMessage(error) }))
    try {
      await migratePostgres(pool, tables)
    } catch (error) {
      await pool.end().catch(() => {})
      throw databaseStartupError(error, target)
    }
    return new PostgresStorage(pool, tables)
  }

  private constructor(
    private readonly pool: pg.Pool,
    private readonly t: PostgresTables,
  ) {
    this.facilitation = new PostgresFacilitation(pool, t)
  }

  async createRoom(room: NewRoomRecord): Promise<CreateRoomResult> {
    // The creator's link is inserted only if the room was: both or neither, in one statement.
    const result = await this.pool.query(
      `WITH room AS (
         INSERT INTO ${this.t.rooms} (id, code, title, question, created_at, last_active_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (code) DO NOTHING RETURNING id
       )
       INSERT INTO ${this.t.links} (id, room_id, key_hash, created_at) SELECT $6, id, $7, $5 FROM room`,
      [room.id, room.code, room.title, room.question, room.createdAt, room.facilitatorLink.id, room.facilitatorLink.keyHash],
    )
    return result.rowCount === 1 ? 'created' : 'code-taken'
  }

  async getRoom(id: string): Promise<RoomRecord | null> {
    const result = await this.pool.query(`SELECT * FROM ${this.t.rooms} WHERE id = $1`, [id])
    return result.rows.length === 0 ? null : parseRoomRow(result.rows[0])
  }

  async getRoomByCode(code: string): Promise<RoomRecord | null> {
    const result = await this.pool.query(`SELECT * FROM ${this.t.rooms} WHERE code = $1`, [code])
    return result.rows.length === 0 ? null : parseRoomRow(result.rows[0])
  }

  async loadDocument(roomId: string, doc: DocumentName): Promise<StoredDocument> {
    // One statement sees one moment: a compaction committing meanwhile cannot make the
    // snapshot older than the log entries read after it.
    const result = await this.pool.query(
      `WITH snap AS (SELECT snapshot, up_to_seq FROM ${this.t.snapshots} WHERE room_id = $1 AND doc = $2)
       SELECT true AS is_snapshot, up_to_seq AS seq, snapshot AS data FROM snap
       UNION ALL
       SELECT false, seq, update_data FROM ${this.t.updates}
       WHERE room_id = $1 AND doc = $2 AND seq > COALESCE((SELECT up_to_seq FROM snap), 0)
       ORDER BY is_snapshot DESC, seq`,
      [roomId, doc],
    )
    let snapshot: Uint8Array | null = null
    const updates: StoredUpdate[] = []
    for (const row of result.rows) {
      if (row.is_snapshot === true) snapshot = byteaField(row, 'data')
      else updates.push({ seq: numberField(row, 'seq'), update: byteaField(row, 'data') })
    }
    return { snapshot, updates }
  }

  async appendUpdates(entries: readonly UpdateEntry[]): Promise<number[]> {
    if (entries.length === 0) return []
    const client = await this.pool.connect()
    // A checked-out client whose connection the server cuts emits 'error'; unheard, it would end the process.
    const onError = (error: Error) => log.warn('a database connection failed during an append', { error: errorMessage(error) })
    client.on('error', onError)
    let failure: Error | undefined
    try {
      await client.query('BEGIN')
      // Appends from every instance take turns, so entries become visible in seq order.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.t.updates])
      const taken = await client.query(`SELECT nextval('${this.t.updateSeq}') AS seq FROM generate_series(1, $1::int)`, [entries.length])
      const seqs = taken.rows.map((row) => numberField(row, 'seq')).sort((a, b) => a - b)
      await client.query(
        `INSERT INTO ${this.t.updates} (seq, room_id, doc, update_data)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bytea[])`,
        [seqs, entries.map((entry) => entry.roomId), entries.map((entry) => entry.doc), entries.map((entry) => entry.update)],
      )
      await client.query('COMMIT')
      return seqs
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error))
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      // A connection that failed is closed rather than handed to the next query.
      client.off('error', onError)
      client.release(failure)
    }
  }

  async compact(roomId: string, doc: DocumentName, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    // One statement: the log entries go only if this snapshot was stored, not refused as stale.
    await this.pool.query(
      `WITH stored AS (
         INSERT INTO ${this.t.snapshots} AS existing (room_id, doc, snapshot, up_to_seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (room_id, doc) DO UPDATE SET snapshot = excluded.snapshot, up_to_seq = excluded.up_to_seq
         WHERE excluded.up_to_seq >= existing.up_to_seq
         RETURNING 1
       )
       DELETE FROM ${this.t.updates} WHERE room_id = $1 AND doc = $2 AND seq <= $4 AND EXISTS (SELECT 1 FROM stored)`,
      [roomId, doc, snapshot, upToSeq],
    )
  }

  async touchRoom(roomId: string, at: number): Promise<void> {
    await this.pool.query(`UPDATE ${this.t.rooms} SET last_active_at = GREATEST(last_active_at, $1) WHERE id = $2`, [at, roomId])
  }

  async listIdleRooms(before: number, limit: number): Promise<RoomRecord[]> {
    const result = await this.pool.query(
      `SELECT * FROM ${this.t.rooms} WHERE last_active_at < $1 ORDER BY last_active_at, id LIMIT $2`,
      [before, limit],
    )
    return result.rows.map(parseRoomRow)
  }

  async deleteRoom(roomId: string): Promise<boolean> {
    // Documents, links, participants, votes and media go with the room (ON DELETE CASCADE),
    // in this one statement's transaction.
    const result = await this.pool.query(`DELETE FROM ${this.t.rooms} WHERE id = $1`, [roomId])
    return result.rowCount === 1
  }

  listFacilitatorLinks = (roomId: string): Promise<FacilitatorLinkRecord[]> => this.facilitation.listFacilitatorLinks(roomId)
  addFacilitatorLink = (link: Omit<FacilitatorLinkRecord, 'revokedAt'>): Promise<void> => this.facilitation.addFacilitatorLink(link)
  revokeFacilitatorLink = (roomId: string, linkId: string, at: number): Promise<boolean> =>
    this.facilitation.revokeFacilitatorLink(roomId, linkId, at)
  addParticipant = (participant: ParticipantRecord): Promise<void> => this.facilitation.addParticipant(participant)
  getParticipant = (roomId: string, id: string): Promise<ParticipantRecord | null> => this.facilitation.getParticipant(roomId, id)
  getBallot = (roomId: string, participantId: string): Promise<Map<string, number>> =>
    this.facilitation.getBallot(roomId, participantId)
  setVote = (roomId: string, participantId: string, ideaId: string, dots: number): Promise<void> =>
    this.facilitation.setVote(roomId, participantId, ideaId, dots)
  deleteVotesForIdea = (roomId: string, ideaId: string): Promise<void> => this.facilitation.deleteVotesForIdea(roomId, ideaId)
  addCarriedVotes = (roomId: string, tallies: ReadonlyMap<string, number>): Promise<void> =>
    this.facilitation.addCarriedVotes(roomId, tallies)
  getTallies = (roomId: string): Promise<Map<string, number>> => this.facilitation.getTallies(roomId)
  addMedia = (media: MediaRecord): Promise<void> => this.facilitation.addMedia(media)
  getMedia = (roomId: string, mediaId: string): Promise<MediaRecord | null> => this.facilitation.getMedia(roomId, mediaId)
  deleteMedia = (roomId: string, mediaId: string): Promise<void> => this.facilitation.deleteMedia(roomId, mediaId)

  /** Waits for running queries, then closes every connection. Safe to call twice. */
  close(): Promise<void> {
    this.closed ??= this.pool.end()
    return this.closed
  }
}

function parseRoomRow(row: unknown): RoomRecord {
  return {
    id: textField(row, 'id'),
    code: textField(row, 'code'),
    title: textField(row, 'title'),
    question: textField(row, 'question'),
    createdAt: numberField(row, 'created_at'),
    lastActiveAt: numberField(row, 'last_active_at'),
  }
}
