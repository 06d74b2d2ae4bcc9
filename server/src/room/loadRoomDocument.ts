// A room document's stored snapshot and log, as a Room takes them; damaged rows are skipped when it is built.
import * as Y from 'yjs'
import { isWellFormedUpdate } from '@roundtable/shared'
import type { Logger } from '../logger.ts'
import type { StoredDocument } from '../storage/Storage.ts'
import type { DocumentSource } from './LazyDocument.ts'

export interface LoadedDocument {
  /** The stored updates, snapshot first, or a document already built (in tests). */
  document: DocumentSource
  /** Seq of the newest log entry (0 when the log is empty). */
  lastSeq: number
  /** Log entries after the snapshot. */
  logEntries: number
}

/** A stored document, ready for a Room to build when it first needs it. */
export function loadRoomDocument(stored: StoredDocument): LoadedDocument {
  const lastSeq = stored.updates.reduce((newest, entry) => Math.max(newest, entry.seq), 0)
  return { document: { stored: storedUpdates(stored) }, lastSeq, logEntries: stored.updates.length }
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
