// Several instances behind one load balancer: server processes sharing one database (a
// Postgres schema of this run's own, or one SQLite file) and the machine's Redis. People on
// either instance converge, in text and in presence; facilitation through one holds on the
// other; and an instance killed outright loses nothing that people on the other saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode, encodeQueryAwareness, parseMessage, readSession } from '@roundtable/shared'
import { TEST_REDIS_URL, ensureRedis } from '../src/scale/RedisTestServer.ts'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, within, type Peer } from './clients.ts'
import { call, commanded, join } from './facilitation.ts'
import { killAllServers, sleep, startServer, type ServerProcess } from './serverProcess.ts'
import { postgresBackend, sqliteBackend, type StorageBackend } from './storageBackends.ts'

const SEEN_BEFORE_KILL = 300
const MAX_UPDATES = 20_000
/** y-protocols drops awareness not renewed for 30 s and checks every 3 s. */
const AWARENESS_EXPIRY_BOUND_MS = 45_000

const backends: [string, () => Promise<StorageBackend>, { awarenessExpiry: boolean }][] = [
  ['Postgres', postgresBackend, { awarenessExpiry: true }],
  ['one SQLite file', async () => sqliteBackend(), { awarenessExpiry: false }],
]

describe.each(backends)('two instances over %s and Redis', (_name, makeBackend, checks) => {
  let backend: StorageBackend
  const peers: Peer[] = []

  beforeAll(async () => {
    await ensureRedis()
    backend = await makeBackend()
  })
  afterAll(async () => {
    for (const each of peers) each.destroy()
    await killAllServers()
    await backend?.cleanup()
  })

  // The writer below streams far faster than a person types.
  const instance = () =>
    startServer({ dataDir: backend.dataDir, env: { ...backend.env, REDIS_URL: TEST_REDIS_URL, MAX_MESSAGES_PER_SECOND: '100000' } })
  /** A browser on `server`'s board, or with `${server.wsUrl}/session`-style addresses, on any document. */
  const peer = (server: ServerProcess | string, roomId: string, params: Record<string, string> = {}) => {
    const created = connectPeer(typeof server === 'string' ? server : server.wsUrl, roomId, params)
    peers.push(created)
    return created
  }

  it('lets people on different instances edit the same room and converge, text and presence', async () => {
    const [a, b] = [await instance(), await instance()]
    const room = await createRoom(a.url)
    const [onA, onB] = [peer(a, room.id), peer(b, room.id)]
    await Promise.all([synced(onA), synced(onB)])

    onA.doc.getText('shared').insert(0, 'Parking near the entrance. ')
    onB.doc.getText('shared').insert(0, 'A quiet room to wait in. ')
    const both = (peer: Peer) => peer.doc.getText('shared').toString()
    await waitFor(() => both(onA) === both(onB) && both(onA).length === 52, 10_000, 'both texts on both instances')

    onA.provider.awareness.setLocalStateField('name', 'Heron')
    onB.provider.awareness.setLocalStateField('name', 'Otter')
    const seen = (viewer: Peer, other: Peer) => (viewer.provider.awareness.getStates().get(other.doc.clientID) as { name?: string } | undefined)?.name
    await waitFor(() => seen(onB, onA) === 'Heron' && seen(onA, onB) === 'Otter', 10_000, 'each to see the other’s presence')

    // Someone arriving later on B sees who is on A at once, not at A's next renewal.
    const later = peer(b, room.id)
    await synced(later)
    await waitFor(() => seen(later, onA) === 'Heron', 5000, 'a newcomer on B to see who is on A')
    expect(both(later)).toBe(both(onA))
  })

  it('applies facilitation through one instance to people on the other', async () => {
    const [a, b] = [await instance(), await instance()]
    const room = await createRoom(a.url)
    const link = await call(a, 'POST', `/${room.id}/facilitator/links`, { bearer: room.facilitatorKey })
    expect(link.status).toBe(201)
    const coFacilitatorKey = String(link.body.key)
    const coFacilitator = peer(b, room.id, { key: coFacilitatorKey })
    const participant = peer(b, room.id)
    await Promise.all([synced(coFacilitator), synced(participant)])

    // The lock lives in the session document, written on A and read on B.
    const sessionOnB = peer(`${b.wsUrl}/session`, room.id)
    await commanded(a, room.id, room.facilitatorKey, { type: 'set-lock', locked: true })
    await waitFor(() => readSession(sessionOnB.doc).locked, 10_000, 'B to have the lock')
    coFacilitator.doc.getText('shared').insert(0, 'Agreed')
    participant.doc.getText('shared').insert(0, 'Sneaked in')
    await waitFor(() => participant.closes.includes(CloseCode.BoardLocked), 10_000, 'the participant on B to be refused')
    expect(coFacilitator.closes).toEqual([])

    // Revoked through A, the co-facilitator's link stops working on B at once.
    const revoked = await call(a, 'DELETE', `/${room.id}/facilitator/links/${String(link.body.id)}`, { bearer: room.facilitatorKey })
    expect(revoked.status).toBe(204)
    // B reads the links again on hearing from A, a moment later: edit until refused.
    await waitFor(
      () => {
        coFacilitator.doc.getText('shared').insert(0, '.')
        return coFacilitator.closes.includes(CloseCode.BoardLocked)
      },
      10_000,
      'the revoked co-facilitator on B to be refused',
    )

    // "More time" counts each person once, whichever instance they ask through.
    const [first, second] = [await join(a, room.id), await join(b, room.id)]
    const ask = async (server: ServerProcess, token: string) => (await call(server, 'POST', `/${room.id}/more-time`, { bearer: token })).body.count
    await Promise.all([ask(a, first.token), ask(b, second.token)])
    expect(await ask(b, first.token)).toBe(2)
    expect(await ask(a, second.token)).toBe(2)
  })

  it('loses none of the updates people on one instance saw when the other is killed mid-stream', { timeout: 90_000 }, async () => {
    const [a, b] = [await instance(), await instance()]
    const room = await createRoom(a.url)
    const writer = peer(a, room.id)
    const observer = peer(b, room.id)
    await Promise.all([synced(writer), synced(observer)])
    writer.provider.awareness.setLocalStateField('name', 'Kestrel')
    const presentOnB = async () => (await awarenessOn(b, room.id)).includes(writer.doc.clientID)
    await waitFor(() => observer.provider.awareness.getStates().has(writer.doc.clientID), 10_000, 'the writer’s presence on B')
    expect(await presentOnB()).toBe(true)

    // The writer adds numbered ideas through A, a few per turn, until A dies.
    const ideas = writer.doc.getArray<number>('ideas')
    let sent = 0
    let alive = true
    const streaming = (async () => {
      while (alive && sent < MAX_UPDATES) {
        for (let i = 0; i < 3 && sent < MAX_UPDATES; i++) ideas.push([sent++])
        await sleep(1)
      }
    })()
    const observed = observer.doc.getArray<number>('ideas')
    await waitFor(() => observed.length >= SEEN_BEFORE_KILL, 30_000, `the observer on B to see ${SEEN_BEFORE_KILL} ideas`)
    await a.kill()
    alive = false
    await streaming
    // Nothing can reconnect and send the writer's unstored updates again.
    writer.provider.destroy()
    await sleep(500)
    const seen = new Set(observed.toArray())
    expect(seen.size).toBeGreaterThanOrEqual(SEEN_BEFORE_KILL)

    const lostFrom = async (server: ServerProcess) => {
      const fresh = peer(server, room.id)
      await synced(fresh)
      const recovered = new Set(fresh.doc.getArray<number>('ideas').toArray())
      fresh.destroy()
      return [...seen].filter((idea) => !recovered.has(idea))
    }
    expect(await lostFrom(b)).toEqual([])

    if (checks.awarenessExpiry) {
      // Nobody tells B that A's people are gone; their presence expires without renewal.
      const deadline = Date.now() + AWARENESS_EXPIRY_BOUND_MS
      while (await presentOnB()) {
        if (Date.now() > deadline) throw new Error('the killed instance’s people are still present on B')
        await sleep(1000)
      }
    }

    // What B holds in memory proves nothing about storage: kill B too and load from storage.
    observer.provider.destroy()
    await b.kill()
    const restarted = await instance()
    expect(await lostFrom(restarted)).toEqual([])
  })

  it('tells the other instances at once when an instance stops cleanly', async () => {
    const [a, b] = [await instance(), await instance()]
    const room = await createRoom(a.url)
    const leaving = peer(a, room.id)
    const staying = peer(b, room.id)
    await Promise.all([synced(leaving), synced(staying)])
    leaving.provider.awareness.setLocalStateField('name', 'Curlew')
    await waitFor(() => staying.provider.awareness.getStates().has(leaving.doc.clientID), 10_000, 'the presence to reach B')
    await a.stop()
    // Well inside the 30 s it would take to expire.
    await waitFor(() => !staying.provider.awareness.getStates().has(leaving.doc.clientID), 10_000, 'B to hear A’s people left')
  })
})

/** The awareness client ids the server holds for a room's board, as a newcomer would be told. */
async function awarenessOn(server: ServerProcess, roomId: string): Promise<number[]> {
  const raw = await openRawSocket(`${server.wsUrl}/${roomId}`)
  try {
    const answer = new Promise<number[]>((resolve) => {
      raw.socket.on('message', (data: Buffer) => {
        const parsed = parseMessage(new Uint8Array(data))
        if (parsed.ok && parsed.message.kind === 'awareness') {
          resolve(parsed.message.clients.filter((client) => client.state !== null).map((client) => client.clientId))
        }
      })
    })
    raw.socket.send(encodeQueryAwareness())
    return await within(answer, 5000, 'an awareness answer')
  } finally {
    raw.socket.close()
  }
}
