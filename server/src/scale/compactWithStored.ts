// Compaction when several instances append to one room's log. An instance's own snapshot
// holds what it has applied, which may lack entries another instance stored a moment ago
// (still on their way through Redis, or published while Redis was down); dropping those
// entries would lose them. So the snapshot written is this instance's state merged with the
// stored snapshot and log as they are now, and it covers the newest entry read.
import * as Y from 'yjs'
import { isWellFormedUpdate } from '@roundtable/shared'
import type { DocumentName, RoomStorage } from '../storage/Storage.ts'

export async function compactWithStored(
  storage: Pick<RoomStorage, 'loadDocument' | 'compact'>,
  roomId: string,
  doc: DocumentName,
  snapshot: Uint8Array,
  upToSeq: number,
): Promise<void> {
  const stored = await storage.loadDocument(roomId, doc)
  const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates.map((entry) => entry.update), snapshot]
  // A damaged row is skipped, as loading skips it; like single-instance compaction, this drops it.
  const merged = Y.mergeUpdates(parts.filter((part) => isWellFormedUpdate(part)))
  const newest = Math.max(upToSeq, ...stored.updates.map((entry) => entry.seq))
  await storage.compact(roomId, doc, merged, newest)
}
