import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { carriesChanges } from './carriesChanges.ts'

/** A server copy and a client copy of one document, synced. */
function syncedPair() {
  const server = new Y.Doc()
  const session = server.getMap<unknown>('session')
  // Overwriting a key deletes the old value, so the document has a delete set.
  session.set('phase', 'welcome')
  session.set('phase', 'add-ideas')
  session.set('locked', false)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

/** What the stock provider sends in reply to the server's sync step 1. */
function stepTwoReply(client: Y.Doc, server: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
}

describe('carriesChanges', () => {
  it('lets an empty update through', () => {
    const { server } = syncedPair()
    expect(carriesChanges(server, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(false)
  })

  it("lets a synced client's sync reply through, although it repeats the whole delete set", () => {
    const { server, client } = syncedPair()
    const reply = stepTwoReply(client, server)
    expect(Y.decodeUpdate(reply).ds.clients.size).toBeGreaterThan(0)
    expect(carriesChanges(server, reply)).toBe(false)
  })

  it('lets through an update the document already has', () => {
    const { server } = syncedPair()
    expect(carriesChanges(server, Y.encodeStateAsUpdate(server))).toBe(false)
  })

  it('catches a new value set by the client', () => {
    const { server, client } = syncedPair()
    client.getMap('session').set('locked', true)
    expect(carriesChanges(server, stepTwoReply(client, server))).toBe(true)
  })

  it('catches a deletion of something the document still has', () => {
    const { server, client } = syncedPair()
    const updates: Uint8Array[] = []
    client.on('update', (update: Uint8Array) => updates.push(update))
    client.getMap('session').delete('locked')
    expect(updates).toHaveLength(1)
    expect(Y.decodeUpdate(updates[0] ?? new Uint8Array()).structs).toHaveLength(0)
    expect(carriesChanges(server, updates[0] ?? new Uint8Array())).toBe(true)
  })

  it('catches content from a client the document has never heard of', () => {
    const { server } = syncedPair()
    const stranger = new Y.Doc()
    stranger.getText('idea').insert(0, 'Free parking')
    expect(carriesChanges(server, Y.encodeStateAsUpdate(stranger))).toBe(true)
  })

  it('catches content that arrives ahead of what it depends on', () => {
    const { server, client } = syncedPair()
    const updates: Uint8Array[] = []
    client.on('update', (update: Uint8Array) => updates.push(update))
    client.getText('note').insert(0, 'first')
    client.getText('note').insert(5, ' second')
    expect(carriesChanges(server, updates[1] ?? new Uint8Array())).toBe(true)
  })
})
