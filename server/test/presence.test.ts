// Who is here, through the real server: one connection cannot rename, move or hide the person
// another connection speaks for, and a browser that comes back on a new connection, before
// the server has noticed its old one is dead, is shown again within seconds.
import { afterEach, describe, expect, it } from 'vitest'
import { encodeAwareness, encodeAwarenessEntries } from '@roundtable/shared'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, type Peer, type RawSocket } from './clients.ts'
import { killAllServers, removeDir, startServer } from './serverProcess.ts'

const peers: Peer[] = []
const sockets: RawSocket[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const each of peers.splice(0)) each.destroy()
  for (const raw of sockets.splice(0)) raw.socket.terminate()
  await killAllServers()
  for (const dir of dirs.splice(0)) removeDir(dir)
})

async function rawSocket(url: string, options: { autoPong?: boolean } = {}): Promise<RawSocket> {
  const raw = await openRawSocket(url, options)
  sockets.push(raw)
  return raw
}

/** An awareness frame saying these things about these clients, as any socket could send it. */
function awarenessFrame(...entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  return encodeAwareness(encodeAwarenessEntries(entries.map(({ clientId, clock, state }) => ({ clientId, clock, json: JSON.stringify(state) }))))
}

type Named = { participant?: { name?: string } } | undefined
const nameSeenBy = (viewer: Peer, clientId: number) => (viewer.provider.awareness.getStates().get(clientId) as Named)?.participant?.name

describe('presence', () => {
  it('ignores a socket that tries to rename or remove someone else, while their own connection answers', async () => {
    const server = await startServer()
    dirs.push(server.dataDir)
    const room = await createRoom(server.url)
    const alice = connectPeer(server.wsUrl, room.id)
    const bob = connectPeer(server.wsUrl, room.id)
    peers.push(alice, bob)
    await Promise.all([synced(alice), synced(bob)])
    alice.provider.awareness.setLocalStateField('participant', { name: 'Kingfisher' })
    await waitFor(() => nameSeenBy(bob, alice.doc.clientID) === 'Kingfisher', 5000, 'alice’s name to reach bob')

    const mallory = await rawSocket(`${server.wsUrl}/${room.id}`)
    const aliceClock = alice.provider.awareness.meta.get(alice.doc.clientID)?.clock ?? 0
    const malloryId = 4242
    const says = (name: string, clock: number) => ({ clientId: malloryId, clock, state: { participant: { name } } })
    // Each spoof travels with an entry of Mallory's own, which everyone gets in the same relay.
    mallory.socket.send(awarenessFrame({ clientId: alice.doc.clientID, clock: aliceClock + 10, state: { participant: { name: 'Mallory' } } }, says('Mallory', 1)))
    await waitFor(() => nameSeenBy(bob, malloryId) === 'Mallory', 5000, 'mallory’s own presence to reach bob')
    expect(nameSeenBy(bob, alice.doc.clientID)).toBe('Kingfisher')
    mallory.socket.send(awarenessFrame({ clientId: alice.doc.clientID, clock: aliceClock + 11, state: null }, says('Mallory again', 2)))
    await waitFor(() => nameSeenBy(bob, malloryId) === 'Mallory again', 5000, 'mallory’s second frame to reach bob')
    expect(nameSeenBy(bob, alice.doc.clientID)).toBe('Kingfisher')
    // Alice's connection answers the server's ping at once; nothing changes after it either.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(nameSeenBy(bob, alice.doc.clientID)).toBe('Kingfisher')

    // Alice herself still changes what people see of her.
    alice.provider.awareness.setLocalStateField('participant', { name: 'Kingfisher', cursor: { x: 1, y: 2 } })
    await waitFor(
      () => (bob.provider.awareness.getStates().get(alice.doc.clientID) as { participant?: { cursor?: unknown } })?.participant?.cursor !== undefined,
      5000,
      'alice’s own change to reach bob',
    )
    expect(nameSeenBy(bob, alice.doc.clientID)).toBe('Kingfisher')
    await server.stop()
  })

  it('shows a browser again from its new connection once its old one stops answering', async () => {
    const server = await startServer()
    dirs.push(server.dataDir)
    const room = await createRoom(server.url)
    const bob = connectPeer(server.wsUrl, room.id)
    peers.push(bob)
    await synced(bob)
    const heronId = 777
    // The old connection: still open as far as the server knows, but nothing answers on it.
    const before = await rawSocket(`${server.wsUrl}/${room.id}`, { autoPong: false })
    before.socket.send(awarenessFrame({ clientId: heronId, clock: 1, state: { participant: { name: 'Heron' } } }))
    await waitFor(() => nameSeenBy(bob, heronId) === 'Heron', 5000, 'heron to reach bob')

    const after = await rawSocket(`${server.wsUrl}/${room.id}`)
    after.socket.send(awarenessFrame({ clientId: heronId, clock: 2, state: { participant: { name: 'Heron, back' } } }))
    await waitFor(() => nameSeenBy(bob, heronId) === 'Heron, back', 10_000, 'heron’s new connection to be heard')
    await server.stop()
  })
})
