// What each participant can do beside voting: ask for more time (counted once per person
// per timer), withdraw their own idea (and only their own), and join at a bounded rate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Board, ideaShapeId, readMoreTimeCount } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, type CreatedRoom, type Peer } from './clients.ts'
import { addIdea, call, commanded, join, sessionReader, type Joined } from './facilitation.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let room: CreatedRoom
let author: Peer
let observer: Peer
let heron: Joined
let otter: Joined

beforeAll(async () => {
  server = await startServer()
  room = await createRoom(server.url)
  author = connectPeer(server.wsUrl, room.id)
  observer = connectPeer(server.wsUrl, room.id)
  await Promise.all([synced(author), synced(observer)])
  heron = await join(server, room.id)
  otter = await join(server, room.id)
})

afterAll(async () => {
  author?.destroy()
  observer?.destroy()
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

const moreTime = async (who: Joined) => (await call(server, 'POST', `/${room.id}/more-time`, { bearer: who.token })).body.count

describe('"I need more time"', () => {
  it('counts each person once per timer, and starts again with a new timer', async () => {
    const reader = await sessionReader(server, room.id)
    await commanded(server, room.id, room.facilitatorKey, { type: 'timer', timer: { op: 'start', ms: 120_000 } })
    expect(await moreTime(heron)).toBe(1)
    expect(await moreTime(heron)).toBe(1)
    expect(await moreTime(otter)).toBe(2)
    await waitFor(() => readMoreTimeCount(reader.doc) === 2, 5000, 'the count to reach the reader')

    await commanded(server, room.id, room.facilitatorKey, { type: 'timer', timer: { op: 'extend', ms: 60_000 } })
    expect(await moreTime(heron)).toBe(2)
    await commanded(server, room.id, room.facilitatorKey, { type: 'timer', timer: { op: 'start', ms: 60_000 } })
    await waitFor(() => readMoreTimeCount(reader.doc) === 0, 5000, 'the count to reset')
    expect(await moreTime(heron)).toBe(1)
    await commanded(server, room.id, room.facilitatorKey, { type: 'timer', timer: { op: 'clear' } })
    expect(await moreTime(heron)).toBe(1)
    reader.destroy()
  })

  it('needs a participant token', async () => {
    expect((await call(server, 'POST', `/${room.id}/more-time`)).status).toBe(401)
    expect((await call(server, 'POST', `/${room.id}/more-time`, { bearer: room.facilitatorKey })).status).toBe(403)
  })
})

describe('withdrawing an idea', () => {
  it("refuses someone else's idea with 403, and the idea stays", async () => {
    const id = await addIdea(author, observer, heron.participantId, 'Hearing loops at reception')
    const answer = await call(server, 'POST', `/${room.id}/ideas/${id}/withdraw`, { bearer: otter.token })
    expect(answer.status).toBe(403)
    // The server relays in order: once a later idea reaches the observer, a removal would have too.
    await addIdea(author, observer, otter.participantId, 'A later idea')
    expect(new Board(observer.doc).idea(id)?.text).toBe('Hearing loops at reception')
  })

  it("removes the author's idea and its card for everyone", async () => {
    const id = await addIdea(author, observer, heron.participantId, 'Something I regret writing')
    author.doc.getMap('canvas').set(ideaShapeId(id), new Y.Map())
    await waitFor(() => observer.doc.getMap('canvas').has(ideaShapeId(id)), 5000, 'the card to reach the observer')
    const answer = await call(server, 'POST', `/${room.id}/ideas/${id}/withdraw`, { bearer: heron.token })
    expect(answer.status).toBe(200)
    await waitFor(() => new Board(observer.doc).idea(id) === null, 5000, 'the idea to go from the observer')
    await waitFor(() => new Board(author.doc).idea(id) === null, 5000, 'the idea to go from the author')
    expect(observer.doc.getMap('canvas').has(ideaShapeId(id))).toBe(false)
  })

  it('answers 404 for an idea that is not there', async () => {
    expect((await call(server, 'POST', `/${room.id}/ideas/nothing-here/withdraw`, { bearer: heron.token })).status).toBe(404)
  })
})

describe('joining', () => {
  it('hands out an id and a token once per request, each different', async () => {
    const another = await join(server, room.id)
    expect(another.participantId).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(another.token.startsWith(`${another.participantId}.`)).toBe(true)
    expect(another.participantId).not.toBe(heron.participantId)
    expect((await call(server, 'POST', '/AAAAAAAAAAAAAAAAAAAAAA/participants')).status).toBe(404)
  })
})

describe('joining is rate limited per address', () => {
  let limited: ServerProcess
  beforeAll(async () => {
    limited = await startServer()
  })
  afterAll(async () => {
    await limited?.stop()
    removeDir(limited?.dataDir ?? '')
  })

  it('answers 429 with Retry-After once an address has joined a hundred times', async () => {
    const limitedRoom = await createRoom(limited.url)
    const statuses = new Set<number>()
    for (let i = 0; i < 100; i++) statuses.add((await call(limited, 'POST', `/${limitedRoom.id}/participants`)).status)
    expect([...statuses]).toEqual([201])
    const refused = await fetch(`${limited.url}/api/rooms/${limitedRoom.id}/participants`, { method: 'POST' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
