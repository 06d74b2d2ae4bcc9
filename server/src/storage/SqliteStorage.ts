// Storage in one SQLite file in the data directory, through better-sqlite3. Calls are
// synchronous underneath; the async interface is what a networked database needs.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createLogger, errorMessage } from '../logger.ts'
import type { FacilitatorLinkRecord, MediaRecord, ParticipantRecord } from './FacilitationStorage.ts'
import { SqliteFacilitation } from './SqliteFacilitation.ts'
import { migrate } from './sqliteSchema.ts'
import { blobField, integerField, textField, toBuffer } from './sqliteRows.ts'
import { WalCheckpointer } from './WalCheckpointer.ts'
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

export const DATABASE_FILE = 'roundtable.sqlite'

const log = createLogger('storage')
const BUSY_TIMEOUT_MS = 5000
/** After a write, the log's pages are copied into the database file this soon (on the checkpoint thread). */
export const CHECKPOINT_AFTER_WRITE_MS = 1000
/** SQLite's own default, used again should the checkpoint thread fail. */
const AUTOMATIC_CHECKPOINT_PAGES = 1000

export class SqliteStorage implements Storage {
  private readonly db: Database.Database
  private readonly facilitation: SqliteFacilitation
  /** Prepared once: appending runs on every turn of the event loop that brought edits. */
  private readonly appendInOneTransaction: (entries: readonly UpdateEntry[]) => number[]
  private checkpointer: WalCheckpointer | null
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null

  /** Opens (creating if needed) the database in `dataDir`. */
  static open(dataDir: string): SqliteStorage {
    mkdirSync(dataDir, { recursive: true })
    const file = join(dataDir, DATABASE_FILE)
    return new SqliteStorage(new Database(file), file)
  }

  private constructor(db: Database.Database, file: string) {
    this.db = db
    db.pragma('journal_mode = WAL')
    // In WAL mode, NORMAL still writes each commit to the WAL before returning, so a
    // crashed or killed process loses nothing; only an OS crash or power cut can undo the
    // last commits. FULL would fsync on every commit, a cost per event-loop turn.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // Deleted rows are overwritten with zeros, not just marked free, so a deleted room or a
    // withdrawn idea's old log entries cannot be read back from the file (docs/data-protection.md).
    db.pragma('secure_delete = ON')
    migrate(db)
    // Checkpoints run on a thread of their own (WalCheckpointer), never inside a commit here.
    this.checkpointer = new WalCheckpointer(file)
    db.pragma('wal_autocheckpoint = 0')
    this.facilitation = new SqliteFacilitation(db)
    const insert = db.prepare('INSERT INTO room_updates (room_id, doc, update_data) VALUES (?, ?, ?)')
    this.appendInOneTransaction = db.transaction((entries: readonly UpdateEntry[]) =>
      entries.map((entry) => Number(insert.run(entry.roomId, entry.doc, toBuffer(entry.update)).lastInsertRowid)),
    )
  }

  async createRoom(room: NewRoomRecord): Promise<CreateRoomResult> {
    const create = this.db.transaction((): CreateRoomResult => {
      const result = this.db
        .prepare(
          `INSERT INTO rooms (id, code, title, question, created_at, last_active_at)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
        )
        .run(room.id, room.code, room.title, room.question, room.createdAt, room.createdAt)
      if (result.changes !== 1) return 'code-taken'
      this.db
        .prepare('INSERT INTO facilitator_links (id, room_id, key_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(room.facilitatorLink.id, room.id, room.facilitatorLink.keyHash, room.createdAt)
      return 'created'
    })
    return create()
  }

  async getRoom(id: string): Promise<RoomRecord | null> {
    return optionalRoomRow(this.db.prepare('SELECT * FROM rooms WHERE id = ?').get(id))
  }

  async getRoomByCode(code: string): Promise<RoomRecord | null> {
    return optionalRoomRow(this.db.prepare('SELECT * FROM rooms WHERE code = ?').get(code))
  }

  async loadDocument(roomId: string, doc: DocumentName): Promise<StoredDocument> {
    const read = this.db.transaction((): StoredDocument => {
      const row = this.db
        .prepare('SELECT snapshot, up_to_seq FROM room_snapshots WHERE room_id = ? AND doc = ?')
        .get(roomId, doc)
      const snapshot = row === undefined ? null : blobField(row, 'snapshot')
      const after = row === undefined ? 0 : integerField(row, 'up_to_seq')
      const updates = this.db
        .prepare('SELECT seq, update_data FROM room_updates WHERE room_id = ? AND doc = ? AND seq > ? ORDER BY seq')
        .all(roomId, doc, after)
        .map((entry): StoredUpdate => ({ seq: integerField(entry, 'seq'), update: blobField(entry, 'update_data') }))
      return { snapshot, updates }
    })
    return read()
  }

  async appendUpdates(entries: readonly UpdateEntry[]): Promise<number[]> {
    const seqs = this.appendInOneTransaction(entries)
    this.checkpointSoon()
    return seqs
  }


  async compact(roomId: string, doc: DocumentName, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const write = this.db.transaction(() => {
      const stored = this.db
        .prepare(
          `INSERT INTO room_snapshots (room_id, doc, snapshot, up_to_seq) VALUES (?, ?, ?, ?)
           ON CONFLICT (room_id, doc) DO UPDATE SET snapshot = excluded.snapshot, up_to_seq = excluded.up_to_seq
           WHERE excluded.up_to_seq >= room_snapshots.up_to_seq`,
        )
        .run(roomId, doc, toBuffer(snapshot), upToSeq)
      // A stale snapshot was refused: the stored one already covers these entries.
      if (stored.changes === 0) return false
      this.db.prepare('DELETE FROM room_updates WHERE room_id = ? AND doc = ? AND seq <= ?').run(roomId, doc, upToSeq)
      return true
    })
    // Withdrawn text leaves the log here, so older copies of its pages must leave the WAL too.
    if (write()) await this.truncateWriteAheadLog()
  }

  async touchRoom(roomId: string, at: number): Promise<void> {
    this.db.prepare('UPDATE rooms SET last_active_at = MAX(last_active_at, ?) WHERE id = ?').run(at, roomId)
  }

  async listIdleRooms(before: number, limit: number): Promise<RoomRecord[]> {
    return this.db
      .prepare('SELECT * FROM rooms WHERE last_active_at < ? ORDER BY last_active_at, id LIMIT ?')
      .all(before, limit)
      .map(parseRoomRow)
  }

  async deleteRoom(roomId: string): Promise<boolean> {
    // Documents, links, participants, votes and media go with the room (ON DELETE CASCADE).
    const deleted = this.db.prepare('DELETE FROM rooms WHERE id = ?').run(roomId).changes === 1
    if (deleted) await this.truncateWriteAheadLog()
    return deleted
  }

  /**
   * secure_delete zeroes freed space in the pages a transaction writes, but the WAL still
   * holds earlier copies of those pages, with the text. A TRUNCATE checkpoint copies the
   * current pages into the database file and empties the WAL, so neither file keeps it.
   * It runs on the checkpoint thread; new commits wait while it finishes, so a PASSIVE
   * checkpoint first leaves it little to copy.
   */
  private async truncateWriteAheadLog(): Promise<void> {
    const checkpointer = this.checkpointer
    if (!checkpointer) return this.truncateHere()
    try {
      await checkpointer.checkpoint('PASSIVE')
      warnIfNotEmptied(await checkpointer.checkpoint('TRUNCATE'))
    } catch (error) {
      this.checkpointThreadFailed(error)
      this.truncateHere()
    }
  }

  /** Without the checkpoint thread: on this one, not waiting for others (only another process can hold it up). */
  private truncateHere(): void {
    this.db.pragma('busy_timeout = 0')
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
      warnIfNotEmptied(result)
    } finally {
      this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    }
  }

  /** Copies the log into the database file a moment after writing, on the checkpoint thread. */
  private checkpointSoon(): void {
    if (this.checkpointTimer || !this.checkpointer) return
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null
      this.checkpointer?.checkpoint('PASSIVE').catch((error: unknown) => this.checkpointThreadFailed(error))
    }, CHECKPOINT_AFTER_WRITE_MS)
    this.checkpointTimer.unref()
  }

  /** The log must not grow without end: SQLite checkpoints inside commits again, as by default. */
  private checkpointThreadFailed(error: unknown): void {
    if (!this.checkpointer || !this.db.open) return
    log.error('the checkpoint thread failed; checkpoints run inside commits again', { error: errorMessage(error) })
    this.checkpointer = null
    this.db.pragma(`wal_autocheckpoint = ${AUTOMATIC_CHECKPOINT_PAGES}`)
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

  async close(): Promise<void> {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer)
    this.checkpointTimer = null
    const checkpointer = this.checkpointer
    this.checkpointer = null
    // The thread's connection closes first, so closing this last one checkpoints and removes the log.
    await checkpointer?.close()
    if (this.db.open) this.db.close()
  }
}

/** A reader (another process) held the TRUNCATE checkpoint up. */
function warnIfNotEmptied(result: { busy: number } | undefined): void {
  if (result?.busy !== 0) log.warn('the write-ahead log could not be emptied yet; deleted text stays in it until the next checkpoint')
}

function optionalRoomRow(row: unknown): RoomRecord | null {
  return row === undefined ? null : parseRoomRow(row)
}

function parseRoomRow(row: unknown): RoomRecord {
  return {
    id: textField(row, 'id'),
    code: textField(row, 'code'),
    title: textField(row, 'title'),
    question: textField(row, 'question'),
    createdAt: integerField(row, 'created_at'),
    lastActiveAt: integerField(row, 'last_active_at'),
  }
}
