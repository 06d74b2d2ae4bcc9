// What a Room is given, and the error it answers a server-side change with when it cannot take one.
import type { RefuseChanges } from './changeRefusal.ts'
import type { DocumentSource } from './LazyDocument.ts'
import type { Room } from './Room.ts'
import type { RoomStore } from './RoomConnection.ts'
import type { StorageRetry } from './UpdateWriter.ts'

export interface RoomOptions {
  id: string
  /** Which of the room's documents this is, for log lines. */
  docName?: string
  /** The document as loaded from storage: its stored updates (built into a Y.Doc when needed), or a Y.Doc. */
  document: DocumentSource
  /** Seq of the newest stored log entry, and how many entries follow the snapshot. */
  lastSeq: number
  logEntries: number
  store: RoomStore
  /** Log entries after which the log is folded into a snapshot in the background. */
  compactAfterUpdates: number
  /** Called when the last connection leaves. */
  onEmpty?: (room: Room) => void
  /** Who may not change the document; by default everyone may. */
  refuseChanges?: RefuseChanges
  /** Tells the room's other instances about a stored update or a change in this instance's awareness. */
  publish?: (kind: 'update' | 'awareness', payload: Uint8Array) => void
  /** How often to try again to store an update that could not be stored. */
  storageRetry?: StorageRetry
}

/** The room cannot take a server-side change: it is shutting down, or storage is failing. */
export class RoomClosedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoomClosedError'
  }
}
