// What the server sends is applied without Yjs encoding it again. Yjs encodes every
// transaction for each 'update' listener, and the provider listens only to send local
// changes: it drops updates that came from the server itself. Opening a board of thousands
// of ideas spent a sixth of a second encoding the board it had just received.
import { type WebsocketProvider, messageSync } from 'y-websocket'
import * as Y from 'yjs'

/** Makes `provider` apply the server's sync messages with its own 'update' listener detached. */
export function applyServerUpdatesWithoutEcho(provider: WebsocketProvider): void {
  const handleSync = provider.messageHandlers[messageSync]
  if (!handleSync) return
  provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, messageType) => {
    const doc = provider.doc
    const before = Y.encodeStateVector(doc)
    let changedHere = false
    const watch = (transaction: Y.Transaction) => {
      if (transaction.origin !== provider) changedHere = true
    }
    doc.off('update', provider._updateHandler)
    doc.on('afterTransaction', watch)
    try {
      handleSync(encoder, decoder, from, emitSynced, messageType)
    } finally {
      doc.off('afterTransaction', watch)
      doc.on('update', provider._updateHandler)
    }
    // Something wrote to the board while the message was applied (an observer, say): it is
    // sent as the provider would have, with whatever came in since, which the server ignores.
    if (changedHere) provider._updateHandler(Y.encodeStateAsUpdate(doc, before), null)
  }
}
