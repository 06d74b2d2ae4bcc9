import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { encodeAwarenessEntries, parseAwarenessUpdate, parseMessage, type AwarenessEntry } from '@roundtable/shared'
import type { RoomConnection } from './RoomConnection.ts'
import { RoomPresence, SILENT_AFTER_MS, expireSilentClientsEverywhere, type RoomPresenceOptions } from './RoomPresence.ts'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  vi.useRealTimers()
})

/** A browser's awareness, as y-websocket's provider keeps it. */
function browser(state: Record<string, unknown> | null = null): Awareness {
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  awareness.setLocalState(state)
  cleanups.push(() => doc.destroy())
  return awareness
}

/** What a browser's awareness says about its person, as the server reads it off the wire. */
function says(person: Awareness): AwarenessEntry[] {
  const parsed = parseAwarenessUpdate(encodeAwarenessUpdate(person, [person.clientID]))
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.clients
}

function entry(clientId: number, clock: number, state: unknown): AwarenessEntry {
  return { clientId, clock, state, json: JSON.stringify(state) }
}

/** A connection; `answers` says whether it answers a ping (left out: it cannot be asked). */
function connection(id: string, answers?: () => Promise<boolean>): RoomConnection {
  return { id, send: () => {}, close: () => {}, ...(answers ? { answers } : {}) }
}

/** A presence whose relayed frames reach `watcher`, an onlooking browser, through y-protocols itself. */
function setUp(options: Pick<RoomPresenceOptions, 'now'> = {}) {
  const relayed: Uint8Array[] = []
  const published: Uint8Array[] = []
  const watcher = browser()
  const presence = new RoomPresence({
    sendToAll: (frame) => {
      const parsed = parseMessage(frame)
      if (!parsed.ok || parsed.message.kind !== 'awareness') throw new Error('not an awareness frame')
      relayed.push(parsed.message.update)
      applyAwarenessUpdate(watcher, parsed.message.update, 'server')
    },
    publish: (update) => published.push(update),
    ...options,
  })
  cleanups.push(() => presence.destroy())
  /** What the watcher sees: client id to state, itself left out. */
  const seen = () => new Map([...watcher.getStates()].filter(([clientId]) => clientId !== watcher.clientID))
  return { presence, relayed, published, seen }
}

/** A newcomer's view: the presence's answer applied to a fresh browser awareness. */
function newcomerSees(frame: Uint8Array): Map<number, unknown> {
  const parsed = parseMessage(frame)
  if (!parsed.ok || parsed.message.kind !== 'awareness') throw new Error('not an awareness frame')
  const newcomer = browser()
  applyAwarenessUpdate(newcomer, parsed.message.update, 'server')
  return new Map([...newcomer.getStates()].filter(([clientId]) => clientId !== newcomer.clientID))
}

/** The end of this turn of the event loop, when what connections said has been relayed. */
const turn = () => new Promise((resolve) => setImmediate(resolve))

const clientIdsIn = (update: Uint8Array) => {
  const parsed = parseAwarenessUpdate(update)
  return parsed.ok ? parsed.clients.map((client) => [client.clientId, client.state]) : parsed.error
}

describe('RoomPresence', () => {
  it('relays what several people said in one turn as one frame, each person once, as of the end of the turn', async () => {
    const { presence, relayed, published, seen } = setUp()
    const a = connection('a')
    presence.receive(a, [entry(1, 1, { name: 'Heron' })])
    presence.receive(connection('b'), [entry(2, 1, { name: 'Otter' })])
    presence.receive(a, [entry(1, 2, { name: 'Heron', cursor: { x: 3, y: 4 } })])
    expect(relayed).toEqual([])
    await turn()
    expect(relayed.map(clientIdsIn)).toEqual([
      [
        [1, { name: 'Heron', cursor: { x: 3, y: 4 } }],
        [2, { name: 'Otter' }],
      ],
    ])
    expect(published).toHaveLength(1)
    expect(seen().get(1)).toEqual({ name: 'Heron', cursor: { x: 3, y: 4 } })
  })

  it('tells a newcomer everyone present, in a frame y-protocols reads', async () => {
    const { presence, seen } = setUp()
    const heron = browser({ name: 'Heron', cursor: { x: 1, y: 2 } })
    const otter = browser({ name: 'Otter' })
    expect(presence.anyone).toBe(false)
    presence.receive(connection('a'), says(heron))
    presence.receive(connection('b'), says(otter))
    await turn()

    expect(presence.anyone).toBe(true)
    const expected = new Map<number, unknown>([
      [heron.clientID, { name: 'Heron', cursor: { x: 1, y: 2 } }],
      [otter.clientID, { name: 'Otter' }],
    ])
    expect(newcomerSees(presence.everyone())).toEqual(expected)
    expect(seen()).toEqual(expected)
  })

  it('relays a state in the very JSON text it arrived in', async () => {
    const { presence, relayed } = setUp()
    presence.receive(connection('a'), [{ clientId: 5, clock: 1, state: { name: 'Heron' }, json: '{ "name" :"Heron" }' }])
    await turn()
    const parsed = parseAwarenessUpdate(relayed[0] ?? new Uint8Array())
    expect(parsed.ok && parsed.clients.map((client) => client.json)).toEqual(['{ "name" :"Heron" }'])
  })

  it('ignores an update older than what it knows, and relays nothing for it', async () => {
    const { presence, relayed, published, seen } = setUp()
    const heron = browser({ name: 'Heron' })
    heron.setLocalStateField('name', 'Heron the second')
    const newer = says(heron)
    presence.receive(connection('a'), newer)
    await turn()
    relayed.length = 0
    published.length = 0

    presence.receive(connection('a'), [entry(heron.clientID, newer[0]!.clock - 1, { name: 'Heron' })])
    presence.fromOtherInstance(encodeAwarenessEntries([entry(heron.clientID, newer[0]!.clock - 1, { name: 'Heron' })]))
    await turn()
    expect(relayed).toEqual([])
    expect(published).toEqual([])
    expect(seen().get(heron.clientID)).toEqual({ name: 'Heron the second' })
  })

  it('relays only the entries of an update that apply', async () => {
    const { presence, relayed } = setUp()
    presence.receive(connection('a'), [entry(1, 3, { name: 'Heron' })])
    await turn()
    relayed.length = 0
    presence.receive(connection('a'), [entry(1, 2, { name: 'old Heron' }), entry(2, 1, { name: 'Otter' })])
    await turn()
    expect(relayed.map(clientIdsIn)).toEqual([[[2, { name: 'Otter' }]]])
  })

  it('removes a person whose browser says they left, and tells everyone', async () => {
    const { presence, relayed, published, seen } = setUp()
    const heron = browser({ name: 'Heron' })
    const a = connection('a')
    presence.receive(a, says(heron))
    await turn()
    expect(seen().has(heron.clientID)).toBe(true)

    heron.setLocalState(null)
    presence.receive(a, says(heron))
    await turn()
    expect(seen().has(heron.clientID)).toBe(false)
    expect(relayed.map(clientIdsIn).at(-1)).toEqual([[heron.clientID, null]])
    expect(published.map(clientIdsIn).at(-1)).toEqual([[heron.clientID, null]])
    expect(presence.anyone).toBe(false)
    expect(newcomerSees(presence.everyone()).size).toBe(0)
  })

  it('removes a present person on a null state at the same clock, but not someone already gone', async () => {
    const { presence, relayed } = setUp()
    const a = connection('a')
    presence.receive(a, [entry(1, 4, { name: 'Heron' })])
    presence.receive(a, [entry(1, 4, null)])
    expect(presence.anyone).toBe(false)
    await turn()
    relayed.length = 0
    presence.receive(a, [entry(1, 4, null)])
    presence.receive(a, [entry(1, 4, { name: 'Heron again' })])
    await turn()
    expect(relayed).toEqual([])
  })

  it('ignores a connection that tries to change or remove someone another connection speaks for, while that one answers', async () => {
    const { presence, seen } = setUp()
    let asked = 0
    const a = connection('a', async () => {
      asked++
      return true
    })
    const mallory = connection('mallory')
    const heron = browser({ name: 'Heron' })
    presence.receive(a, says(heron))
    await turn()

    const clock = says(heron)[0]?.clock ?? 0
    presence.receive(mallory, [entry(heron.clientID, clock + 5, { name: 'Not Heron' }), entry(99, 1, { name: 'Mallory' })])
    presence.receive(mallory, [entry(heron.clientID, clock + 6, null)])
    await turn()
    await turn()
    expect(seen().get(heron.clientID)).toEqual({ name: 'Heron' })
    expect(seen().get(99)).toEqual({ name: 'Mallory' })
    // Asked once, though Mallory claimed Heron twice while it was being asked.
    expect(asked).toBe(1)

    // Heron's own connection still speaks for Heron.
    heron.setLocalState({ name: 'Heron', cursor: { x: 1, y: 1 } })
    presence.receive(a, says(heron))
    await turn()
    expect(seen().get(heron.clientID)).toEqual({ name: 'Heron', cursor: { x: 1, y: 1 } })
  })

  it('lets a browser that reconnected take its person over once its old connection does not answer', async () => {
    const { presence, seen } = setUp()
    const heron = browser({ name: 'Heron' })
    const [before, after] = [connection('before', async () => false), connection('after')]
    presence.receive(before, says(heron))
    await turn()

    heron.setLocalState({ name: 'Heron', cursor: { x: 5, y: 6 } })
    presence.receive(after, says(heron))
    await turn()
    await turn()
    expect(seen().get(heron.clientID)).toEqual({ name: 'Heron', cursor: { x: 5, y: 6 } })
    // The old connection going at last takes nobody with it: the new one speaks for Heron.
    presence.leave([before])
    await turn()
    expect(seen().has(heron.clientID)).toBe(true)
    presence.leave([after])
    expect(seen().has(heron.clientID)).toBe(false)
  })

  it('drops a claim whose connection left while the old one was being asked', async () => {
    const { presence, seen } = setUp()
    let answer: (alive: boolean) => void = () => {}
    const before = connection('before', () => new Promise((resolve) => (answer = resolve)))
    const after = connection('after')
    const heron = browser({ name: 'Heron' })
    presence.receive(before, says(heron))
    await turn()
    const clock = says(heron)[0]?.clock ?? 0
    presence.receive(after, [entry(heron.clientID, clock + 1, { name: 'Heron', cursor: { x: 1, y: 1 } })])
    presence.leave([after])
    answer(false)
    await turn()
    expect(seen().get(heron.clientID)).toEqual({ name: 'Heron' })
  })

  it('when a connection leaves, removes the people it spoke for and tells the rest and other instances', async () => {
    const { presence, published, seen } = setUp()
    const [a, b] = [connection('a'), connection('b')]
    const heron = browser({ name: 'Heron' })
    const otter = browser({ name: 'Otter' })
    presence.join(a)
    presence.join(b)
    presence.receive(a, says(heron))
    presence.receive(b, says(otter))
    await turn()
    published.length = 0

    presence.leave([a])
    expect([...seen().keys()]).toEqual([otter.clientID])
    expect(published.map(clientIdsIn)).toEqual([[[heron.clientID, null]]])
    presence.leave([a])
    expect(published).toHaveLength(1)
  })

  it('relays other instances’ people without publishing them back, and rejects an unreadable update', () => {
    const { presence, published, seen } = setUp()
    const kestrel = browser({ name: 'Kestrel' })
    presence.fromOtherInstance(encodeAwarenessUpdate(kestrel, [kestrel.clientID]))
    expect(seen().get(kestrel.clientID)).toEqual({ name: 'Kestrel' })
    expect(published).toEqual([])
    expect(presence.ofConnections()).toBeNull()
    expect(() => presence.fromOtherInstance(new Uint8Array([1, 7, 1]))).toThrow()
  })

  it('gives a newly loaded instance the people on this instance’s connections only', () => {
    const { presence } = setUp()
    const heron = browser({ name: 'Heron' })
    const kestrel = browser({ name: 'Kestrel' })
    presence.receive(connection('a'), says(heron))
    presence.fromOtherInstance(encodeAwarenessUpdate(kestrel, [kestrel.clientID]))
    expect(clientIdsIn(presence.ofConnections() ?? new Uint8Array())).toEqual([[heron.clientID, { name: 'Heron' }]])
  })

  it('drops a person not heard from for 30 s and tells the others, but keeps one who renewed', async () => {
    let now = 1_000_000
    const { presence, published, seen } = setUp({ now: () => now })
    const heron = browser({ name: 'Heron' })
    const otter = browser({ name: 'Otter' })
    const [a, b] = [connection('a'), connection('b')]
    presence.receive(a, says(heron))
    presence.receive(b, says(otter))
    await turn()
    published.length = 0

    now += SILENT_AFTER_MS - 3_000
    otter.setLocalState(otter.getLocalState()) // y-protocols renews a browser's state every 15 s
    presence.receive(b, says(otter))
    await turn()
    expireSilentClientsEverywhere()
    expect(seen().has(heron.clientID)).toBe(true)

    now += 3_000
    expireSilentClientsEverywhere()
    expect([...seen().keys()]).toEqual([otter.clientID])
    // Every instance times out silent people itself, and someone already gone does not leave twice.
    presence.leave([a])
    expect(published.map(clientIdsIn)).toEqual([[[otter.clientID, { name: 'Otter' }]]])
  })

  it('drops silent people on the process’s one timer, without being asked', () => {
    vi.useFakeTimers()
    const rooms = [setUp(), setUp()]
    rooms.forEach(({ presence }, index) => presence.receive(connection(`c${index}`), [entry(index + 1, 1, { name: 'Heron' })]))
    vi.advanceTimersByTime(SILENT_AFTER_MS - 3_000)
    expect(rooms.map(({ presence }) => presence.anyone)).toEqual([true, true])
    vi.advanceTimersByTime(3_000)
    expect(rooms.map(({ presence }) => presence.anyone)).toEqual([false, false])
  })
})
