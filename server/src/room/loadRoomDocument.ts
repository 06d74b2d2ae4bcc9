// Rebuilds a room's Y.Doc from its stored snapshot and log, skipping damaged rows.
import * as Y from 'yjs'
import { isWellFormedUpdate } from '@roundtable/shared'
import type { Logger } from '../logger.ts'
import type { StoredDocument } from '../storage/Storage.ts'

export interface LoadedDocument {
  doc: Y.Doc
  /** Seq of the newest log entry (0 when the log is empty). */
  lastSeq: number
  /** Log entries after the snapshot. */
  logEntries: number
}

export function loadRoomDocument(stored: StoredDocument, log: Logger): LoadedDocument {
  const doc = new Y.Doc()
  let lastSeq = 0
  // One transaction, so observers (none yet) and the doc's bookkeeping run once.
  doc.transact(() => {
    if (stored.snapshot) applyStoredUpdate(doc, stored.snapshot, 'snapshot', log)
    for (const entry of stored.updates) {
      applyStoredUpdate(doc, entry.update, `log entry ${entry.seq}`, log)
      lastSeq = Math.max(lastSeq, entry.seq)
    }
  })
  return { doc, lastSeq, logEntries: stored.updates.length }
}

/** A stored document as a list of updates, snapshot first, for a live document to catch up with. */
export function storedUpdates(stored: StoredDocument): Uint8Array[] {
  return [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates.map((entry) => entry.update)]
}

/** Applies one stored update; a damaged one is logged and skipped. */
export function applyStoredUpdate(doc: Y.Doc, update: Uint8Array, what: string, log: Logger): void {
  // A damaged row should cost that row, not the whole room.
  if (!isWellFormedUpdate(update)) {
    log.error('skipping an unreadable stored update', { what })
    return
  }
  try {
    Y.applyUpdate(doc, update)
  } catch (error) {
    log.error('skipping a stored update that could not be applied', { what, error: (error as Error).message })
  }
}
