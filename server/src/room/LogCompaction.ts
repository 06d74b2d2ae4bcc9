// A room document's stored log: how much of it the last snapshot does not cover, and folding
// it into a new snapshot, when it has grown long and when the room asks (unloading, shutdown).
import * as Y from 'yjs'
import { errorMessage, type Logger } from '../logger.ts'
import type { RoomStore } from './RoomConnection.ts'

export interface CompactedDocument {
  id: string
  store: RoomStore
  /** The live document, folded whole into the snapshot. */
  doc(): Y.Doc
  /** Settles once every update received so far is stored. */
  written(): Promise<void>
  log(): Logger
}

export class LogCompaction {
  private running: Promise<void> | null = null

  constructor(
    private readonly room: CompactedDocument,
    /** The highest seq stored, and the log entries after the snapshot, when the room loaded. */
    private lastSeq: number,
    private entries: number,
    private readonly compactAfterUpdates: number,
  ) {}

  /** An update has been stored as `seq`: a log grown long is folded on the next turn. */
  stored(seq: number): void {
    this.lastSeq = Math.max(this.lastSeq, seq)
    this.entries++
    if (this.entries >= this.compactAfterUpdates && !this.running) setImmediate(() => void this.compact())
  }

  /** Folds the log into a snapshot. Concurrent calls share one run. */
  compact(): Promise<void> {
    this.running ??= this.fold().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async fold(): Promise<void> {
    await this.room.written()
    if (this.entries === 0) return
    const upToSeq = this.lastSeq
    const entries = this.entries
    // Every entry up to upToSeq is in the document now. The snapshot may also hold updates
    // still queued for the log; storing those twice is harmless, as applying a Yjs update
    // again changes nothing.
    const snapshot = Y.encodeStateAsUpdate(this.room.doc())
    try {
      await this.room.store.compact(this.room.id, snapshot, upToSeq)
      this.entries -= entries
      this.room.log().debug('compacted', { upToSeq, entries })
    } catch (error) {
      // The log is intact, so nothing is lost; the next compaction tries again.
      this.room.log().error('compaction failed', { error: errorMessage(error) })
    }
  }
}
