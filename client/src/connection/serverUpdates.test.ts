import type { WebsocketProvider } from 'y-websocket'
import { messageSync } from 'y-websocket'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyServerUpdatesWithoutEcho } from './serverUpdates.ts'

/** The parts of a provider the wrapper uses: a sync handler applying an update from the server, and the sender. */
function fakeProvider(doc: Y.Doc) {
  const sent: Uint8Array[] = []
  const provider = {
    doc,
    messageHandlers: [] as unknown[],
    _updateHandler: (update: Uint8Array, origin: unknown) => {
      if (origin !== provider) sent.push(update)
    },
  }
  let incoming: Uint8Array = new Uint8Array()
  provider.messageHandlers[messageSync] = () => Y.applyUpdate(doc, incoming, provider)
  doc.on('update', provider._updateHandler)
  const receive = (update: Uint8Array) => {
    incoming = update
    ;(provider.messageHandlers[messageSync] as (...args: unknown[]) => void)(null, null, provider, true, messageSync)
  }
  return { provider: provider as unknown as WebsocketProvider, sent, receive }
}

describe('applying what the server sends', () => {
  it('sends nothing back for the server’s own update, and still sends local changes', () => {
    const server = new Y.Doc()
    server.getMap('ideas').set('a', 'from the server')
    const doc = new Y.Doc()
    const { provider, sent, receive } = fakeProvider(doc)
    applyServerUpdatesWithoutEcho(provider)
    receive(Y.encodeStateAsUpdate(server))
    expect(doc.getMap('ideas').get('a')).toBe('from the server')
    expect(sent).toEqual([])
    doc.getMap('ideas').set('b', 'mine')
    expect(sent).toHaveLength(1)
  })

  it('sends what an observer writes while the server’s update is applied', () => {
    const server = new Y.Doc()
    server.getMap('ideas').set('a', 'from the server')
    const doc = new Y.Doc()
    const { provider, sent, receive } = fakeProvider(doc)
    applyServerUpdatesWithoutEcho(provider)
    doc.getMap('ideas').observe((event) => {
      if (event.keysChanged.has('a')) doc.getMap('cards').set('a', 'placed here')
    })
    receive(Y.encodeStateAsUpdate(server))
    expect(sent).toHaveLength(1)
    const elsewhere = new Y.Doc()
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(server))
    for (const update of sent) Y.applyUpdate(elsewhere, update)
    expect(elsewhere.getMap('cards').get('a')).toBe('placed here')
  })
})
