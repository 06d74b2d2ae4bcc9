// What the server needs from a database: rooms, each room's two documents (the board and
// the session) as a snapshot plus an append-only log of Yjs updates, and facilitation
// records. SQLite and Postgres implement it; both must pass storageContract.ts.
import type { FacilitationStorage } from './FacilitationStorage.ts'

export interface RoomRecord {
  /** 22 characters of base64url. */
  id: string
  /** Six characters from JOIN_CODE_ALPHABET, unique among rooms. */
  code: string
  title: string
  question: string
  /** Milliseconds since the epoch. */
  createdAt: number
  lastActiveAt: number
}

export type NewRoomRecord = Omit<RoomRecord, 'lastActiveAt'> & {
  /** The creator's facilitator link, stored with the room. */
  facilitatorLink: { id: string; keyHash: string }
}

export type CreateRoomResult = 'created' | 'code-taken'

/** A room's documents: the board everyone edits, and the session only the server writes. */
export type DocumentName = 'board' | 'session'

/** One Yjs update for one room's document, in the order the server received it. */
export interface UpdateEntry {
  roomId: string
  doc: DocumentName
  update: Uint8Array
}

export interface StoredUpdate {
  /** Increases with every append and is never reused, even after compaction. */
  seq: number
  update: Uint8Array
}

export interface StoredDocument {
  /** Y.encodeStateAsUpdate of the document at the last compaction, if any. */
  snapshot: Uint8Array | null
  /** Updates appended after the snapshot, oldest first. */
  updates: StoredUpdate[]
}

export interface RoomStorage {
  /** Adds a room; 'code-taken' when another room already has this join code. */
  createRoom(room: NewRoomRecord): Promise<CreateRoomResult>
  getRoom(id: string): Promise<RoomRecord | null>
  getRoomByCode(code: string): Promise<RoomRecord | null>
  /** The latest snapshot and the log entries after it, in order. Empty for an unknown room. */
  loadDocument(roomId: string, doc: DocumentName): Promise<StoredDocument>
  /**
   * Appends updates for any number of rooms in ONE transaction: either all are stored
   * or none is and the promise rejects. Resolves with each entry's seq, in input order.
   */
  appendUpdates(entries: readonly UpdateEntry[]): Promise<number[]>
  /**
   * In one transaction, stores `snapshot` and drops that document's log entries up to and
   * including `upToSeq`. The snapshot must contain everything in those entries. A
   * snapshot older than the stored one (smaller upToSeq) is ignored.
   */
  compact(roomId: string, doc: DocumentName, snapshot: Uint8Array, upToSeq: number): Promise<void>
  /** Records that people used the room at `at` (ms since the epoch). */
  touchRoom(roomId: string, at: number): Promise<void>
  /** Up to `limit` rooms last used before `before` (ms since the epoch), longest idle first. */
  listIdleRooms(before: number, limit: number): Promise<RoomRecord[]>
  /** Removes the room with its documents and facilitation records for good. False when there was no such room. */
  deleteRoom(roomId: string): Promise<boolean>
  close(): Promise<void>
}

export interface Storage extends RoomStorage, FacilitationStorage {}

