// A facilitator deletes a room for good: only with a working key, everyone connected is
// told the room does not exist, and afterwards none of its words are left in the database,
// read as raw SQLite bytes or as every row of a Postgres schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Board, CloseCode } from '@roundtable/shared'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, within, type CreatedRoom, type Peer } from './clients.ts'
import { call, join } from './facilitation.ts'
import { killAllServers, startServer, type ServerProcess } from './serverProcess.ts'
import { bytesHold, eventually, postgresBackend, sqliteBackend, type StorageBackend } from './storageBackends.ts'

const IDEAS = ['Kestrel-ramp-at-the-side-door-4471', 'Otter-quiet-room-for-waiting-9023', 'Heron-letters-in-plain-words-3358', 'مواعيد-أوضح-7710']
const TITLE = 'Peregrine-discharge-workshop-6604'

describe.each([
  ['SQLite', async () => sqliteBackend()],
  ['Postgres', postgresBackend],
])('deleting a room for good (%s)', (_name, makeBackend: () => Promise<StorageBackend>) => {
  let backend: StorageBackend
  let server: ServerProcess
  let room: CreatedRoom
  let other: CreatedRoom
  const peers: Peer[] = []

  beforeAll(async () => {
    backend = await makeBackend()
    // A small log limit, so the room's ideas are folded into a snapshot before it is deleted.
    server = await startServer({ dataDir: backend.dataDir, env: { ...backend.env, COMPACT_AFTER_UPDATES: '3' } })
    room = await createRoom(server.url, { title: TITLE, question: 'What would make leaving hospital easier?' })
    other = await createRoom(server.url, { title: 'Another room' })
    const heron = await join(server, room.id)
    const author = connectPeer(server.wsUrl, room.id)
    const observer = connectPeer(server.wsUrl, room.id)
    peers.push(author, observer)
    await Promise.all([synced(author), synced(observer)])
    for (const text of IDEAS) new Board(author.doc).addIdea({ text, authorId: heron.participantId, picture: '🦦' })
    await waitFor(() => new Board(observer.doc).ideas().length === IDEAS.length, 5000, 'the ideas to reach the observer')
    await eventually(async () => (await backend.stored(room.id, 'board')).snapshot !== null, 10_000, 'a compaction')
  })

  afterAll(async () => {
    for (const peer of peers) peer.destroy()
    await server?.stop()
    await killAllServers()
    await backend?.cleanup()
  })

  it('holds the room’s words before deletion, in the snapshot and in the database', async () => {
    // The control for the test below: the same search finds them while the room exists.
    const { snapshot, updates } = await backend.stored(room.id, 'board')
    expect(bytesHold([snapshot, ...updates], IDEAS[0] ?? '')).toBe(true)
    for (const text of [TITLE, ...IDEAS]) expect(await backend.holds(text), text).toBe(true)
  })

  it('refuses without a facilitator key (401) or with the wrong one (403), and keeps the room', async () => {
    expect((await call(server, 'DELETE', `/${room.id}`)).status).toBe(401)
    expect((await call(server, 'DELETE', `/${room.id}`, { bearer: other.facilitatorKey })).status).toBe(403)
    expect((await call(server, 'DELETE', `/${room.id}`, { bearer: 'not-a-key' })).status).toBe(403)
    expect((await call(server, 'GET', `/${room.id}`)).status).toBe(200)
    expect(await backend.holds(IDEAS[1] ?? '')).toBe(true)
  })

  it('answers 404 for a room that does not exist', async () => {
    expect((await call(server, 'DELETE', '/AAAAAAAAAAAAAAAAAAAAAA', { bearer: room.facilitatorKey })).status).toBe(404)
  })

  it('closes every socket of the room with 4404, then leaves none of its words in the database', async () => {
    const board = await openRawSocket(`${server.wsUrl}/${room.id}`)
    const session = await openRawSocket(`${server.wsUrl}/session/${room.id}`)
    const bystander = await openRawSocket(`${server.wsUrl}/${other.id}`)
    let bystanderClosed = false
    void bystander.closed.then(() => (bystanderClosed = true))

    expect((await call(server, 'DELETE', `/${room.id}`, { bearer: room.facilitatorKey })).status).toBe(204)
    expect((await within(board.closed, 5000, 'the board socket to close')).code).toBe(CloseCode.RoomNotFound)
    expect((await within(session.closed, 5000, 'the session socket to close')).code).toBe(CloseCode.RoomNotFound)
    for (const peer of peers) await waitFor(() => peer.closes.includes(CloseCode.RoomNotFound), 5000, 'a provider to hear 4404')

    for (const text of [TITLE, room.id, ...IDEAS]) expect(await backend.holds(text), text).toBe(false)
    expect(await backend.holds(other.id)).toBe(true)
    expect(bystanderClosed).toBe(false)
    bystander.socket.close()
  })

  it('is gone for everyone afterwards: the API and new sockets say it does not exist', async () => {
    expect((await call(server, 'GET', `/${room.id}`)).status).toBe(404)
    expect((await call(server, 'DELETE', `/${room.id}`, { bearer: room.facilitatorKey })).status).toBe(404)
    const late = await openRawSocket(`${server.wsUrl}/${room.id}`)
    expect((await within(late.closed, 5000, 'a new socket to close')).code).toBe(CloseCode.RoomNotFound)
    expect(await backend.holds(IDEAS[2] ?? '')).toBe(false)
  })
})
