// Thousands of random and mutated frames against a room while a person edits it: the server
// keeps running, the person is never cut off and keeps syncing, and the document holds
// exactly what the person wrote. The seed is printed; FUZZ_SEED=<seed> replays a run's frames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { Limits, parseMessage } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, within, type Peer } from './clients.ts'
import { FrameGenerator, Random, corpusOf, type FrameCorpus, type FrameKind, type FuzzFrame } from './fuzzFrames.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 32)
const FRAMES = 5000
const ATTACKERS = 8
/** Huge awareness and oversized frames per attacker, one of each: each costs megabytes. */
const LARGE_FRAMES_EACH = 2
/** The honest person's Yjs client id, fixed so the frames mutated from their updates repeat with the seed. */
const HONEST_CLIENT = 424_242

let server: ServerProcess
let roomId: string

beforeAll(async () => {
  server = await startServer({
    env: {
      // The fuzz is about frames, not flooding or crowds: those limits would only cut it short.
      MAX_MESSAGES_PER_SECOND: '100000',
      MAX_CONNECTIONS_PER_ADDRESS: '1000',
      // Keepalive is not under test, and a busy machine can stall a process for a second.
      PING_INTERVAL_MS: '30000',
    },
  })
  roomId = (await createRoom(server.url)).id
})

afterAll(async () => {
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

/**
 * Like connectPeer, optionally with a fixed client id, and counting every closed connection:
 * also those the provider closes itself (code 0 here) when the server has gone quiet.
 */
function watchedPeer(clientId?: number): Peer {
  const doc = new Y.Doc()
  if (clientId !== undefined) doc.clientID = clientId
  const provider = new WebsocketProvider(server.wsUrl, roomId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  const closes: number[] = []
  provider.on('connection-close', (event) => closes.push(event?.code ?? 0))
  const destroy = () => {
    provider.destroy()
    doc.destroy()
  }
  return { doc, provider, closes, destroy }
}

/** An idea shaped like the board's: a map with its text as Y.Text, so people can type into it. */
function addIdea(doc: Y.Doc, n: number): void {
  doc.transact(() => {
    const idea = new Y.Map<unknown>()
    doc.getMap('ideas').set(`idea-${n}`, idea)
    idea.set('text', new Y.Text(`Idea ${n}: a buddy for first visits`))
    idea.set('theme', null)
  })
}

function typeInto(doc: Y.Doc, n: number, keystroke: number): void {
  const idea = doc.getMap<Y.Map<unknown>>('ideas').get(`idea-${n}`)
  const text = idea?.get('text')
  if (text instanceof Y.Text) text.insert(text.length, String.fromCharCode(97 + (keystroke % 26)))
}

/**
 * Whether the server would take this frame as an edit: a well-formed update that changes the
 * person's document. Any participant may edit the board, so such frames are no attack and
 * are not sent. One that throws while applying is sent: the server must refuse it whole.
 */
function wouldEdit(data: Uint8Array, current: Uint8Array): boolean {
  const parsed = parseMessage(data)
  if (!parsed.ok || (parsed.message.kind !== 'update' && parsed.message.kind !== 'sync-step-2')) return false
  const copy = new Y.Doc()
  try {
    Y.applyUpdate(copy, current)
    const before = Y.encodeStateAsUpdate(copy)
    try {
      Y.applyUpdate(copy, parsed.message.update)
    } catch {
      return false
    }
    return !equalBytes(before, Y.encodeStateAsUpdate(copy))
  } finally {
    copy.destroy()
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

interface AttackReport {
  sent: Partial<Record<FrameKind, number>>
  /** Close codes the server sent, and how often. */
  closes: Record<number, number>
  /** Frames not sent because they were legitimate edits. */
  edits: number
  /** What went wrong: a socket the server kept open after a bad frame, say. */
  failures: string[]
}

/** Sockets an attacker leaves closing before it waits for the oldest. */
const CLOSING_AT_ONCE = 4

interface Attacker {
  socket: WebSocket
  closed: Promise<number>
}

async function connectAttacker(): Promise<Attacker> {
  const socket = new WebSocket(`${server.wsUrl}/${roomId}`)
  socket.on('error', () => {})
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
  await within(
    new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('close', (code) => reject(new Error(`attacker closed with ${code} before opening (seed ${SEED})`)))
    }),
    5000,
    `an attacker's socket to open (seed ${SEED})`,
  )
  return { socket, closed }
}

/** Whether the server must refuse this frame, by the protocol's own parser. */
function mustRefuse(data: Uint8Array | string): boolean {
  return typeof data === 'string' || data.length > Limits.maxMessageBytes || !parseMessage(data).ok
}

/**
 * Sends `frames` frames. A frame the server must refuse goes out on its own socket, which
 * is then expected to close while the next one opens. Any other is followed by a ping:
 * frames are handled in order, so a pong means it was taken, and a close that it was refused.
 */
async function attack(generator: FrameGenerator, frames: number, current: () => Uint8Array, report: AttackReport): Promise<void> {
  let attacker: Attacker | null = null
  const closing: Promise<void>[] = []
  const count = (code: number) => {
    report.closes[code] = (report.closes[code] ?? 0) + 1
  }
  for (let sent = 0; sent < frames; ) {
    const frame: FuzzFrame = generator.next()
    if (frame.data instanceof Uint8Array && wouldEdit(frame.data, current())) {
      report.edits++
      continue
    }
    attacker ??= await connectAttacker()
    const { socket, closed } = attacker
    socket.send(frame.data)
    sent++
    report.sent[frame.kind] = (report.sent[frame.kind] ?? 0) + 1
    if (mustRefuse(frame.data)) {
      const what = `the server to close the socket after a ${frame.kind} frame`
      closing.push(within(closed, 10_000, what).then(count, () => void report.failures.push(`timed out waiting for ${what}`)))
      attacker = null
      if (closing.length >= CLOSING_AT_ONCE) await closing.shift()
      continue
    }
    const pong = new Promise<null>((resolve) => socket.once('pong', () => resolve(null)))
    socket.ping()
    const code = await within(Promise.race([pong, closed]), 10_000, `a pong or close after a ${frame.kind} frame (seed ${SEED})`)
    if (code !== null) {
      count(code)
      attacker = null
    }
  }
  attacker?.socket.close()
  await Promise.all(closing)
}

describe(`a room under ${FRAMES} random and mutated frames (seed ${SEED})`, () => {
  let honest: Peer
  let observer: Peer
  let report: AttackReport

  beforeAll(async () => {
    console.info(`fuzz seed ${SEED}: rerun with FUZZ_SEED=${SEED}`)
    honest = watchedPeer(HONEST_CLIENT)
    observer = watchedPeer()
    await Promise.all([synced(honest), synced(observer)])
    let lastUpdate: Uint8Array = new Uint8Array()
    honest.doc.on('update', (update: Uint8Array) => (lastUpdate = update))
    for (let n = 0; n < 5; n++) addIdea(honest.doc, n)
    for (let k = 0; k < 20; k++) typeInto(honest.doc, 2, k)
    await waitFor(() => observer.doc.getMap('ideas').size === 5, 5000, 'the observer to see five ideas')
    const corpus: FrameCorpus = corpusOf(Y.encodeStateVector(honest.doc), Y.encodeStateAsUpdate(honest.doc), lastUpdate)

    // The person keeps typing through the attack, one update per keystroke, ten a second.
    let keystroke = 0
    const typing = setInterval(() => typeInto(honest.doc, keystroke % 5, keystroke++), 100)
    let current = Y.encodeStateAsUpdate(honest.doc)
    const refresh = () => (current = Y.encodeStateAsUpdate(honest.doc))
    honest.doc.on('update', refresh)
    report = { sent: {}, closes: {}, edits: 0, failures: [] }
    try {
      await Promise.all(
        Array.from({ length: ATTACKERS }, (_, i) =>
          attack(new FrameGenerator(new Random(SEED + i * 7919), corpus, LARGE_FRAMES_EACH), FRAMES / ATTACKERS, () => current, report),
        ),
      )
    } finally {
      clearInterval(typing)
      honest.doc.off('update', refresh)
    }
    console.info(`fuzz seed ${SEED}: ${JSON.stringify(report)}`)
  }, 120_000)

  afterAll(() => {
    honest?.destroy()
    observer?.destroy()
  })

  it('sent every kind of bad frame, and the server refused them with 4400 or 1009 only', () => {
    expect(report.failures, `seed ${SEED}`).toEqual([])
    const sent = Object.values(report.sent).reduce((sum, count) => sum + count, 0)
    expect(sent).toBe(FRAMES)
    expect(Object.keys(report.sent).sort()).toEqual(
      ['random bytes', 'flipped bytes', 'truncated update', 'endless varint', 'huge length', 'unknown type', 'garbage update', 'huge awareness', 'oversized', 'empty', 'text', 'replayed'].sort(),
    )
    // Most frames are refused; a few (replays, flips that stay valid, huge awareness) are taken.
    const refused = Object.values(report.closes).reduce((sum, count) => sum + count, 0)
    expect(refused).toBeGreaterThan(FRAMES / 2)
    // An oversized frame may be cut off mid-send (1006) before its 1009 arrives.
    expect(Object.keys(report.closes).map(Number).filter((code) => ![4400, 1009, 1006].includes(code))).toEqual([])
  })

  it('left the server running, without a single error logged', async () => {
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    const errors = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"error"') || line.includes('"level":50'))
    expect(errors).toEqual([])
  })

  it('never cut off the person or the observer, and they still sync both ways', async () => {
    expect(honest.closes).toEqual([])
    expect(observer.closes).toEqual([])
    addIdea(honest.doc, 99)
    await waitFor(() => observer.doc.getMap('ideas').has('idea-99'), 5000, `the observer to see the last idea (seed ${SEED})`)
    observer.doc.getMap<Y.Map<unknown>>('ideas').get('idea-99')?.set('theme', 'theme-1')
    await waitFor(
      () => honest.doc.getMap<Y.Map<unknown>>('ideas').get('idea-99')?.get('theme') === 'theme-1',
      5000,
      `the person to see the observer's change (seed ${SEED})`,
    )
  })

  it('gives a fresh client exactly the document the person and observer wrote: the attackers changed nothing', async () => {
    const fresh = connectPeer(server.wsUrl, roomId)
    try {
      await synced(fresh)
      const writers = [...Y.decodeStateVector(Y.encodeStateVector(fresh.doc)).keys()]
      expect(writers.filter((client) => client !== HONEST_CLIENT && client !== observer.doc.clientID), `seed ${SEED}`).toEqual([])
      expect(Y.encodeStateVector(fresh.doc), `seed ${SEED}`).toEqual(Y.encodeStateVector(honest.doc))
      // Same items and same deletions, and nothing waiting for missing parts.
      expect(Y.equalSnapshots(Y.snapshot(fresh.doc), Y.snapshot(honest.doc)), `seed ${SEED}`).toBe(true)
      expect(fresh.doc.store.pendingStructs, `seed ${SEED}`).toBeNull()
      expect(fresh.doc.store.pendingDs, `seed ${SEED}`).toBeNull()
      expect(fresh.doc.getMap('ideas').toJSON(), `seed ${SEED}`).toEqual(honest.doc.getMap('ideas').toJSON())
      expect(fresh.closes).toEqual([])
    } finally {
      fresh.destroy()
    }
  })
})
