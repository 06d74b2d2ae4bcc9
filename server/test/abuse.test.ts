// The abuse limits against the real server, each set small through the environment: a
// flooding connection, too many sockets from one address, too many rooms in memory, too
// many rooms opened from one address, and the organisation's room token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { encodeQueryAwareness } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, within, type CreatedRoom, type Peer, type RawSocket } from './clients.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

const ROOM_TOKEN = 'abuse-test-organisation-token-7f3a'
/** RFC 6455 codes the limits close with. */
const POLICY_VIOLATION = 1008
const TRY_AGAIN_LATER = 1013

/** Trusts X-Forwarded-For, so each test can speak from an address of its own. */
let proxied: ServerProcess
/** Does not trust X-Forwarded-For: every socket here comes from 127.0.0.1. */
let direct: ServerProcess

beforeAll(async () => {
  ;[proxied, direct] = await Promise.all([
    startServer({
      env: {
        TRUST_PROXY: 'true',
        ROOM_CREATE_TOKEN: ROOM_TOKEN,
        ROOMS_PER_ADDRESS_PER_HOUR: '3',
        MAX_CONNECTIONS_PER_ADDRESS: '3',
        MAX_MESSAGES_PER_SECOND: '5',
      },
    }),
    startServer({ env: { MAX_CONNECTIONS_PER_ADDRESS: '4', MAX_LIVE_ROOMS: '2', ROOM_IDLE_MS: '300' } }),
  ])
})

afterAll(async () => {
  await Promise.all([proxied?.stop(), direct?.stop()])
  await killAllServers()
  removeDir(proxied?.dataDir ?? '')
  removeDir(direct?.dataDir ?? '')
})

/** POST /api/rooms as a browser behind the proxy at `address`, with `token` if given. */
function postRoom(address: string, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address }
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  return fetch(`${proxied.url}/api/rooms`, { method: 'POST', headers, body: '{"title":"Abuse limits"}' })
}

function postRestore(address: string, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address }
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  return fetch(`${proxied.url}/api/rooms/restore`, { method: 'POST', headers, body: '{}' })
}

async function errorOf(response: Response): Promise<{ error: string; reason?: string }> {
  return (await response.json()) as { error: string; reason?: string }
}

/** A bare socket, opened, optionally claiming to come through a proxy from `forwardedFor`. */
async function openSocket(url: string, forwardedFor?: string): Promise<RawSocket> {
  const socket = new WebSocket(url, { headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } })
  socket.on('error', () => {})
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await within(
    new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('close', (code) => reject(new Error(`socket closed with ${code} before opening`)))
    }),
    5000,
    'the socket to open',
  )
  return { socket, closed }
}

/**
 * Whether the server still serves this socket. A limit closes a socket before reading
 * anything from it, and the server answers no ping after its close, so a pong means "let in".
 */
async function stillServed(raw: RawSocket): Promise<boolean> {
  const pong = new Promise<boolean>((resolve) => raw.socket.once('pong', () => resolve(true)))
  raw.socket.ping()
  return within(Promise.race([pong, raw.closed.then(() => false)]), 5000, 'a pong or a close')
}

async function closeAll(sockets: RawSocket[]): Promise<void> {
  for (const raw of sockets) raw.socket.close()
  await within(Promise.all(sockets.map((raw) => raw.closed)), 5000, 'the sockets to close')
}

async function health(server: ServerProcess): Promise<{ rooms: number; connections: number }> {
  return (await (await fetch(`${server.url}/healthz`)).json()) as { rooms: number; connections: number }
}

describe('a connection that sends too many messages', () => {
  let room: CreatedRoom
  let alice: Peer
  let bob: Peer

  beforeAll(async () => {
    room = (await (await postRoom('192.0.2.1', ROOM_TOKEN)).json()) as CreatedRoom
    alice = connectPeer(proxied.wsUrl, room.id)
    bob = connectPeer(proxied.wsUrl, room.id)
    await Promise.all([synced(alice), synced(bob)])
  })

  afterAll(() => {
    alice?.destroy()
    bob?.destroy()
  })

  it('is closed with 1008 and a log line naming the room and connection, while the room carries on', async () => {
    const flooder = await openSocket(`${proxied.wsUrl}/${room.id}`, '198.51.100.10')
    // 5 a second with a burst of 10: forty at once is far past it, however slow the machine.
    for (let i = 0; i < 40; i++) flooder.socket.send(encodeQueryAwareness())
    expect(await within(flooder.closed, 5000, 'the flooding socket to close')).toEqual({ code: POLICY_VIOLATION, reason: 'too many messages' })

    alice.doc.getArray<string>('ideas').push(['A quiet room for carers'])
    await waitFor(() => bob.doc.getArray<string>('ideas').length === 1, 5000, 'bob to see alice’s idea')
    expect(alice.closes).toEqual([])
    expect(bob.closes).toEqual([])

    const lines = proxied
      .output()
      .split('\n')
      .filter((line) => line.includes('too many messages'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ room: room.id, doc: 'board', connection: expect.stringMatching(/^\S{8}$/) })
  })

  it('is not closed while it keeps within its burst', async () => {
    const quick = await openSocket(`${proxied.wsUrl}/${room.id}`, '198.51.100.11')
    let answers = 0
    quick.socket.on('message', () => answers++)
    for (let i = 0; i < 8; i++) quick.socket.send(encodeQueryAwareness())
    expect(await stillServed(quick)).toBe(true)
    // The pong came after the server had handled all eight, and after its eight answers.
    expect(answers).toBeGreaterThanOrEqual(8)
    await closeAll([quick])
  })
})

describe('sockets from one address', () => {
  let room: CreatedRoom

  beforeAll(async () => {
    room = (await (await postRoom('192.0.2.2', ROOM_TOKEN)).json()) as CreatedRoom
  })

  it('past the limit are closed with 1013, while other addresses get in', async () => {
    const url = `${proxied.wsUrl}/${room.id}`
    const three = await Promise.all([1, 2, 3].map(() => openSocket(url, '203.0.113.5')))
    for (const raw of three) expect(await stillServed(raw)).toBe(true)

    // Only the last hop counts: what the client wrote before the proxy's entry could be forged.
    const fourth = await openSocket(url, '10.9.9.9, 203.0.113.5')
    expect(await within(fourth.closed, 5000, 'the fourth socket to close')).toEqual({
      code: TRY_AGAIN_LATER,
      reason: 'too many connections from this address',
    })
    const neighbour = await openSocket(url, '203.0.113.6')
    expect(await stillServed(neighbour)).toBe(true)

    // Once one closes, the address may open another (as soon as the server has seen the close).
    await closeAll(three.slice(0, 1))
    let again: RawSocket | null = null
    for (let attempt = 0; attempt < 50 && again === null; attempt++) {
      const next = await openSocket(url, '203.0.113.5')
      if (await stillServed(next)) again = next
    }
    expect(again).not.toBeNull()
    await closeAll([...three.slice(1), neighbour, ...(again ? [again] : [])])
  })

  it('are counted by their own address when the server does not trust a proxy, whatever X-Forwarded-For says', async () => {
    const other = await createRoom(direct.url)
    const url = `${direct.wsUrl}/${other.id}`
    const four = await Promise.all(['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'].map((forged) => openSocket(url, forged)))
    for (const raw of four) expect(await stillServed(raw)).toBe(true)
    const fifth = await openSocket(url, '198.51.100.5')
    expect((await within(fifth.closed, 5000, 'the fifth socket to close')).code).toBe(TRY_AGAIN_LATER)
    await closeAll(four)
  })
})

describe('rooms in memory', () => {
  it('past the limit, a socket for one more room is closed with 1013; rooms already open still take sockets', async () => {
    await waitForHealth(direct, (counts) => counts.connections === 0 && counts.rooms === 0, 'earlier rooms to be unloaded')
    const [first, second, third] = await Promise.all([createRoom(direct.url), createRoom(direct.url), createRoom(direct.url)])
    const inFirst = await openSocket(`${direct.wsUrl}/${first.id}`)
    const inSecond = await openSocket(`${direct.wsUrl}/${second.id}`)
    expect(await stillServed(inFirst)).toBe(true)
    expect(await stillServed(inSecond)).toBe(true)

    const inThird = await openSocket(`${direct.wsUrl}/${third.id}`)
    expect(await within(inThird.closed, 5000, 'the socket for a third room to close')).toEqual({
      code: TRY_AGAIN_LATER,
      reason: 'server busy: too many rooms open',
    })
    const alsoInFirst = await openSocket(`${direct.wsUrl}/${first.id}`)
    expect(await stillServed(alsoInFirst)).toBe(true)

    // When a room goes idle and is unloaded, the next room may open.
    await closeAll([inSecond])
    await waitForHealth(direct, (counts) => counts.rooms === 1, 'the idle room to be unloaded')
    const thirdAgain = await openSocket(`${direct.wsUrl}/${third.id}`)
    expect(await stillServed(thirdAgain)).toBe(true)
    await closeAll([inFirst, alsoInFirst, thirdAgain])
  })
})

async function waitForHealth(
  server: ServerProcess,
  condition: (counts: { rooms: number; connections: number }) => boolean,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!condition(await health(server))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('opening rooms', () => {
  it('needs the organisation’s room token when one is set, and says so before anyone fills in a form', async () => {
    expect(await (await fetch(`${proxied.url}/api/rooms/new`)).json()).toEqual({ needsToken: true })
    expect(await (await fetch(`${direct.url}/api/rooms/new`)).json()).toEqual({ needsToken: false })

    const without = await postRoom('192.0.2.50')
    expect(without.status).toBe(401)
    expect(without.headers.get('www-authenticate')).toMatch(/^Bearer /)
    expect(await errorOf(without)).toEqual({ error: expect.stringMatching(/room token/), reason: 'room-token-required' })

    const wrong = await postRoom('192.0.2.50', `${ROOM_TOKEN}x`)
    expect(wrong.status).toBe(401)
    expect(await errorOf(wrong)).toEqual({ error: expect.stringMatching(/not right/), reason: 'room-token-wrong' })

    expect((await postRoom('192.0.2.50', ROOM_TOKEN)).status).toBe(201)
  })

  it('restores a backup only with the room token', async () => {
    const without = await postRestore('192.0.2.51')
    expect(without.status).toBe(401)
    expect((await errorOf(without)).reason).toBe('room-token-required')
    // With the token, the request gets as far as reading the (empty) backup.
    expect((await postRestore('192.0.2.51', ROOM_TOKEN)).status).toBe(400)
  })

  it('never writes the room token to the log', () => {
    expect(proxied.output()).toContain('/api/rooms')
    expect(proxied.output()).not.toContain(ROOM_TOKEN)
  })

  it('from one address are refused with 429 and Retry-After past the hourly limit, restores included', async () => {
    for (let i = 0; i < 3; i++) expect((await postRoom('192.0.2.60', ROOM_TOKEN)).status).toBe(201)
    const refused = await postRoom('192.0.2.60', ROOM_TOKEN)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect((await errorOf(refused)).error).toMatch(/Too many rooms .* try again in/)
    expect((await postRestore('192.0.2.60', ROOM_TOKEN)).status).toBe(429)
    expect((await postRoom('192.0.2.61', ROOM_TOKEN)).status).toBe(201)
  })
})
