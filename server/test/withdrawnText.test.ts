// When a person withdraws an idea, its words stay in the stored update log until the next
// compaction, and then leave it: they are in neither the snapshot nor the database
// (docs/data-protection.md). Here the compaction is the one an idle room gets when it is unloaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Board } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, type CreatedRoom, type Peer } from './clients.ts'
import { addIdea, call, join } from './facilitation.ts'
import { killAllServers, startServer, type ServerProcess } from './serverProcess.ts'
import { bytesHold, postgresBackend, sqliteBackend, type StorageBackend } from './storageBackends.ts'

const WITHDRAWN = 'Withdrawn-regret-about-my-neighbour-8812'
const KEPT = 'Kept-hearing-loop-at-reception-3307'

describe.each([
  ['SQLite', async () => sqliteBackend()],
  ['Postgres', postgresBackend],
])('a withdrawn idea’s words (%s)', (_name, makeBackend: () => Promise<StorageBackend>) => {
  let backend: StorageBackend
  let server: ServerProcess
  let room: CreatedRoom
  const peers: Peer[] = []

  beforeAll(async () => {
    backend = await makeBackend()
    // No compaction by count: only unloading the idle room compacts it, a short while after everyone leaves.
    server = await startServer({ dataDir: backend.dataDir, env: { ...backend.env, COMPACT_AFTER_UPDATES: '100000', ROOM_IDLE_MS: '300' } })
    room = await createRoom(server.url)
  })

  afterAll(async () => {
    for (const peer of peers) peer.destroy()
    await server?.stop()
    await killAllServers()
    await backend?.cleanup()
  })

  it('stay in the update log after withdrawal, until the next compaction', async () => {
    const heron = await join(server, room.id)
    const otter = await join(server, room.id)
    const author = connectPeer(server.wsUrl, room.id)
    const observer = connectPeer(server.wsUrl, room.id)
    peers.push(author, observer)
    await Promise.all([synced(author), synced(observer)])
    const withdrawn = await addIdea(author, observer, heron.participantId, WITHDRAWN)
    await addIdea(author, observer, otter.participantId, KEPT)

    const answer = await call(server, 'POST', `/${room.id}/ideas/${withdrawn}/withdraw`, { bearer: heron.token })
    expect(answer.status).toBe(200)
    await waitFor(() => new Board(observer.doc).idea(withdrawn) === null, 5000, 'the idea to leave the board')

    const { updates } = await backend.stored(room.id, 'board')
    expect(bytesHold(updates, WITHDRAWN)).toBe(true)
    expect(await backend.holds(WITHDRAWN)).toBe(true)
  })

  it('are in neither the snapshot nor the database once the room is compacted', async () => {
    // Unloading compacts first and logs "room unloaded" after; reading the database meanwhile
    // could hold up SQLite's checkpoint, so the test waits for the line.
    const unloads = () => server.output().split('room unloaded').length - 1
    const before = unloads()
    for (const peer of peers.splice(0)) peer.destroy()
    await waitFor(() => unloads() > before, 10_000, 'the idle room to be unloaded')

    const { snapshot, updates } = await backend.stored(room.id, 'board')
    expect(updates).toEqual([])
    // The control: the snapshot holds the idea that was not withdrawn, found by the same search.
    expect(bytesHold([snapshot], KEPT)).toBe(true)
    expect(bytesHold([snapshot], WITHDRAWN)).toBe(false)
    expect(await backend.holds(KEPT)).toBe(true)
    expect(await backend.holds(WITHDRAWN)).toBe(false)

    const reader = connectPeer(server.wsUrl, room.id)
    peers.push(reader)
    await synced(reader)
    expect(new Board(reader.doc).ideas().map((idea) => idea.text)).toEqual([KEPT])
  })
})
