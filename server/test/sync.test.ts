// Real-time sync through the real server with the stock y-websocket provider, and what
// happens to rooms and sockets when the server stops gracefully.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '@roundtable/shared'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, within, type Peer } from './clients.ts'
import { killAllServers, removeDir, startServer, tempDataDir } from './serverProcess.ts'

const peers: Peer[] = []
const dirs: string[] = []

function peer(wsUrl: string, roomId: string): Peer {
  const created = connectPeer(wsUrl, roomId)
  peers.push(created)
  return created
}

afterEach(async () => {
  for (const each of peers.splice(0)) each.destroy()
  await killAllServers()
  for (const dir of dirs.splice(0)) removeDir(dir)
})

function ideasOf(each: Peer): string[] {
  return each.doc.getArray<string>('ideas').toArray()
}

function storedRows(dataDir: string, roomId: string): { updates: number; snapshots: number } {
  const db = new Database(join(dataDir, 'roundtable.sqlite'), { readonly: true })
  try {
    const count = (sql: string) => (db.prepare(sql).get(roomId) as { n: number }).n
    return {
      updates: count("SELECT COUNT(*) AS n FROM room_updates WHERE room_id = ? AND doc = 'board'"),
      snapshots: count("SELECT COUNT(*) AS n FROM room_snapshots WHERE room_id = ? AND doc = 'board'"),
    }
  } finally {
    db.close()
  }
}

describe('sync between two people', () => {
  it('converges both ways and shares awareness', async () => {
    const server = await startServer()
    dirs.push(server.dataDir)
    const room = await createRoom(server.url)
    const alice = peer(server.wsUrl, room.id)
    const bob = peer(server.wsUrl, room.id)
    await Promise.all([synced(alice), synced(bob)])

    alice.doc.getArray<string>('ideas').push(['Longer appointments'])
    bob.doc.getArray<string>('ideas').push(['A named contact'])
    alice.doc.getText('title').insert(0, 'Our clinic')
    await waitFor(() => ideasOf(alice).length === 2 && ideasOf(bob).length === 2, 5000, 'both ideas on both sides')
    await waitFor(() => bob.doc.getText('title').toString() === 'Our clinic', 5000, 'title to reach bob')
    expect(ideasOf(alice)).toEqual(ideasOf(bob))

    alice.provider.awareness.setLocalStateField('participant', { name: 'Kingfisher', colour: 'blue' })
    await waitFor(
      () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.participant?.name === 'Kingfisher',
      5000,
      'alice’s awareness to reach bob',
    )
    alice.provider.disconnect()
    await waitFor(() => !bob.provider.awareness.getStates().has(alice.doc.clientID), 5000, 'alice to leave bob’s awareness')
    expect(alice.closes).toEqual([])
    await server.stop()
  })

  it('keeps the board through a graceful restart, compacted into a snapshot', async () => {
    const dataDir = tempDataDir()
    dirs.push(dataDir)
    const first = await startServer({ dataDir })
    const room = await createRoom(first.url)
    const alice = peer(first.wsUrl, room.id)
    const bob = peer(first.wsUrl, room.id)
    await Promise.all([synced(alice), synced(bob)])
    for (let i = 0; i < 20; i++) alice.doc.getArray<string>('ideas').push([`idea ${i}`])
    await waitFor(() => ideasOf(bob).length === 20, 5000, 'bob to see 20 ideas')
    alice.destroy()
    bob.destroy()

    expect(await first.stop()).toBe(0)
    expect(storedRows(dataDir, room.id)).toEqual({ updates: 0, snapshots: 1 })

    const second = await startServer({ dataDir })
    const carol = peer(second.wsUrl, room.id)
    await synced(carol)
    expect(ideasOf(carol)).toEqual(Array.from({ length: 20 }, (_, i) => `idea ${i}`))
    await second.stop()
  })

  it('closes open sockets with 1012 when asked to stop', async () => {
    const server = await startServer()
    dirs.push(server.dataDir)
    const room = await createRoom(server.url)
    const alice = peer(server.wsUrl, room.id)
    await synced(alice)
    const raw = await openRawSocket(`${server.wsUrl}/${room.id}`)
    const exitCode = await server.stop()
    const closed = await within(raw.closed, 5000, 'the raw socket to close')
    expect(closed).toEqual({ code: CloseCode.ServiceRestart, reason: 'server restarting' })
    await waitFor(() => alice.closes.length > 0, 5000, 'the provider to see the close')
    expect(alice.closes[0]).toBe(CloseCode.ServiceRestart)
    expect(exitCode).toBe(0)
  })

  it('unloads an idle room and compacts it', async () => {
    const server = await startServer({ env: { ROOM_IDLE_MS: '100' } })
    dirs.push(server.dataDir)
    const room = await createRoom(server.url)
    const alice = peer(server.wsUrl, room.id)
    await synced(alice)
    alice.doc.getArray<string>('ideas').push(['Quiet room for waiting'])
    await waitFor(() => storedRows(server.dataDir, room.id).updates > 0, 5000, 'the idea to be stored')
    const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as { rooms: number }
    expect((await health()).rooms).toBe(1)
    alice.destroy()
    const deadline = Date.now() + 5000
    while ((await health()).rooms !== 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect((await health()).rooms).toBe(0)
    expect(storedRows(server.dataDir, room.id)).toEqual({ updates: 0, snapshots: 1 })

    const bob = peer(server.wsUrl, room.id)
    await synced(bob)
    expect(ideasOf(bob)).toEqual(['Quiet room for waiting'])
    await server.stop()
  })
})
