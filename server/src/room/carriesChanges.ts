// Decides whether a Yjs update would change a document, without applying it. A client
// that may not write (the session document, a locked board) still answers the server's
// sync step 1 with a step 2, and that reply carries the client's whole delete set even
// when it holds nothing new; such a reply must pass, while anything new must not.
import * as Y from 'yjs'

/** True when `update` holds structs `doc` lacks, or deletes something `doc` has not deleted. */
export function carriesChanges(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  for (const struct of structs) {
    // A Skip marks a gap in a merged update and carries nothing.
    if (struct instanceof Y.Skip) continue
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      if (!allDeleted(doc, client, range.clock, range.clock + range.len)) return true
    }
  }
  return false
}

/** Whether every struct of `client` from `clock` up to `end` exists in `doc` and is deleted. */
function allDeleted(doc: Y.Doc, client: number, clock: number, end: number): boolean {
  if (end <= clock) return true
  // Deleting something the document has never seen would be new information.
  if (end > Y.getState(doc.store, client)) return false
  const structs = doc.store.clients.get(client)
  if (!structs) return false
  let index = Y.findIndexSS(structs, clock)
  let at = clock
  while (at < end) {
    const struct = structs[index++]
    if (!struct || !struct.deleted) return false
    at = struct.id.clock + struct.length
  }
  return true
}
