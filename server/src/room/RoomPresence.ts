// Who is in one room document and where their cursors are (Yjs awareness): the people on
// this instance's connections, and those other instances tell it about. It keeps y-protocols'
// Awareness rules without its Y.Doc, its parsed states or its timer per room, as idle rooms are many.
// One rule is added: a person one connection speaks for cannot be changed or removed through
// another while the first still answers, so nobody can rename, move or hide someone else. A
// browser that reconnects before the server has noticed its old connection is dead takes its
// person over as soon as that connection fails to answer a ping.
import { encodeAwareness, encodeAwarenessEntries, parseAwarenessUpdate, type AwarenessEntry } from '@roundtable/shared'
import { createLogger } from '../logger.ts'
import type { RoomConnection } from './RoomConnection.ts'

const log = createLogger('presence')

/** y-protocols' outdatedTimeout: a person whose browser has not renewed their state for this long has gone. */
export const SILENT_AFTER_MS = 30_000
/** y-protocols checks a tenth of the timeout apart. */
const CHECK_EVERY_MS = SILENT_AFTER_MS / 10
/**
 * How long a connection has to answer a ping when another connection speaks for its person:
 * the longest a browser that reconnected before its old connection was noticed dead waits to
 * be shown again, and plenty for a slow mobile link.
 */
export const ANSWER_WITHIN_MS = 4000
/** The JSON a client is kept as once it has left: its clock still counts, so older news of it is ignored. */
const GONE = 'null'

interface Client {
  clock: number
  /** Its state as the JSON text it arrived in, never written again; GONE once it has left. */
  json: string
  /** When its state last applied, for the timeout. */
  renewedAt: number
  /** The connection of this instance that speaks for it, told it left when that connection does. */
  connection: RoomConnection | undefined
}

export interface RoomPresenceOptions {
  /** Sends a frame to every connection of this instance. */
  sendToAll: (frame: Uint8Array) => void
  /** Tells other instances about an awareness update. */
  publish?: (update: Uint8Array) => void
  /** The time in milliseconds, for tests; Date.now otherwise. */
  now?: () => number
}

/** What a connection said about a person another connection speaks for, waiting on that one's answer. */
interface Claim {
  from: RoomConnection
  entry: AwarenessEntry
}

/** Where an update came from: a connection of this instance, another instance, or the timeout. */
type Source = RoomConnection | 'other-instance' | 'timeout'

export class RoomPresence {
  /** Made when the first person arrives, so a room document nobody is in holds no map. */
  private clients: Map<number, Client> | null = null
  /** Clients whose news from this instance's connections waits to go out with the rest of this turn's. */
  private pending: Set<number> | null = null
  /** By client id, the latest claim on a person while their connection is asked whether it still answers. */
  private claims: Map<number, Claim> | null = null
  /** Connections that have left, so a claim settled later is not made for one of them. */
  private left: WeakSet<RoomConnection> | null = null

  constructor(private readonly options: RoomPresenceOptions) {}

  get anyone(): boolean {
    for (const client of this.clients?.values() ?? []) if (client.json !== GONE) return true
    return false
  }

  /** Everyone present, as one frame for a newcomer or a query. */
  everyone(): Uint8Array {
    return encodeAwareness(this.encode((client) => client.json !== GONE))
  }

  /** Nothing to remember yet: a connection speaks for the clients whose updates it sends. */
  join(_connection: RoomConnection): void {}

  /** Applies the awareness entries a connection sent (already checked by parseMessage). */
  receive(connection: RoomConnection, entries: readonly AwarenessEntry[]): void {
    this.apply(entries, connection)
  }

  /** Applies an awareness update from another instance; throws when it is malformed, changing nothing. */
  fromOtherInstance(update: Uint8Array): void {
    const parsed = parseAwarenessUpdate(update)
    if (!parsed.ok) throw new Error(parsed.error)
    this.apply(parsed.clients, 'other-instance')
  }

  /** The awareness of this instance's connections, for an instance that has just loaded the room; null when nobody is here. */
  ofConnections(): Uint8Array | null {
    const ours = (client: Client) => client.connection !== undefined
    for (const client of this.clients?.values() ?? []) if (ours(client)) return this.encode(ours)
    return null
  }

  /** Forgets the connections and tells everyone, here and on other instances, that their people left. */
  leave(connections: Iterable<RoomConnection>): void {
    const leaving = new Set(connections)
    this.left ??= new WeakSet()
    for (const connection of leaving) this.left.add(connection)
    const removed: number[] = []
    for (const [clientId, client] of this.clients ?? []) {
      if (!client.connection || !leaving.has(client.connection)) continue
      client.connection = undefined
      // As y-protocols' removeAwarenessStates: the clock and renewal time stay as they were.
      if (client.json !== GONE) removed.push(clientId)
      client.json = GONE
    }
    this.announce(removed, null)
  }

  /** Removes the clients nobody has renewed for SILENT_AFTER_MS; the shared timer calls it. */
  expireSilentClients(): void {
    const now = this.now()
    const removed: number[] = []
    for (const [clientId, client] of this.clients ?? []) {
      if (client.json === GONE || now - client.renewedAt < SILENT_AFTER_MS) continue
      client.json = GONE
      removed.push(clientId)
    }
    this.announce(removed, 'timeout')
    if (!this.anyone) unwatch(this)
  }

  destroy(): void {
    unwatch(this)
    this.clients = null
    this.claims = null
  }

  /** y-protocols' applyAwarenessUpdate: only newer news of a client applies, or its leaving at the same clock. */
  private apply(entries: readonly AwarenessEntry[], source: Source): void {
    const now = this.now()
    const added: number[] = []
    const updated: number[] = []
    const removed: number[] = []
    for (const entry of entries) {
      const { clientId, clock, state, json } = entry
      const known = this.clients?.get(clientId)
      if (typeof source !== 'string' && known?.connection !== undefined && known.connection !== source) {
        this.claim(known.connection, source, entry)
        continue
      }
      const leaving = state === null
      const knownClock = known?.clock ?? 0
      const present = known !== undefined && known.json !== GONE
      if (!(knownClock < clock || (knownClock === clock && leaving && present))) continue
      // Only a connection's own word changes who speaks for a client.
      const connection = typeof source === 'string' ? known?.connection : leaving ? undefined : source
      const client: Client = { clock, json: leaving ? GONE : json, renewedAt: now, connection }
      this.clients ??= new Map()
      this.clients.set(clientId, client)
      // The same three lists y-protocols fills: a client first heard of as gone is recorded, not relayed.
      if (!known) {
        if (!leaving) added.push(clientId)
      } else if (leaving) removed.push(clientId)
      else updated.push(clientId)
    }
    const changed = [...added, ...updated, ...removed]
    if (typeof source === 'string') this.announce(changed, source)
    else this.announceWithThisTurns(changed)
    if (added.length + updated.length > 0) watch(this)
  }

  /**
   * Another connection speaks for `entry`'s person: its word applies only once `owner` fails to
   * answer (a browser that reconnected before the server noticed its old connection had died).
   * While `owner` is asked, only the latest claim is kept.
   */
  private claim(owner: RoomConnection, from: RoomConnection, entry: AwarenessEntry): void {
    this.claims ??= new Map()
    const asking = this.claims.has(entry.clientId)
    this.claims.set(entry.clientId, { from, entry })
    if (asking) return
    // A connection that cannot be asked (none here but tests' own) is taken to answer.
    const answers = owner.answers?.(ANSWER_WITHIN_MS) ?? Promise.resolve(true)
    void answers.then(
      (alive) => this.settleClaim(entry.clientId, owner, alive),
      () => this.settleClaim(entry.clientId, owner, false),
    )
  }

  private settleClaim(clientId: number, owner: RoomConnection, ownerAnswers: boolean): void {
    const claim = this.claims?.get(clientId)
    this.claims?.delete(clientId)
    if (!claim || !this.clients || this.left?.has(claim.from)) return
    const known = this.clients.get(clientId)
    if (known?.connection === owner) {
      if (ownerAnswers) {
        log.info('ignoring presence a connection sent for someone another connection speaks for', { connection: claim.from.id, clientId })
        return
      }
      known.connection = undefined
    }
    this.apply([claim.entry], claim.from)
  }

  /**
   * What connections said is relayed once per turn of the event loop, as one frame holding
   * every client that changed: in a busy room, a frame per turn per person rather than one per
   * awareness update per person (each browser renews its state every 15 s, and cursors move).
   */
  private announceWithThisTurns(clientIds: number[]): void {
    if (clientIds.length === 0) return
    if (!this.pending) {
      this.pending = new Set()
      setImmediate(() => {
        const pending = this.pending
        this.pending = null
        if (pending && this.clients) this.announce([...pending], null)
      })
    }
    for (const clientId of clientIds) this.pending.add(clientId)
  }

  private announce(clientIds: number[], source: Source | null): void {
    if (clientIds.length === 0) return
    const update = encodeAwarenessEntries(clientIds.map((clientId) => this.entry(clientId)))
    // Echoed to the sender too, as y-websocket servers do: a person alone in a room still
    // hears from the server every few seconds, so their provider does not think it is cut off.
    this.options.sendToAll(encodeAwareness(update))
    // Every instance times out silent clients itself, so only what this instance's
    // connections said, and their leaving, is published.
    if (source !== 'other-instance' && source !== 'timeout') this.options.publish?.(update)
  }

  private encode(include: (client: Client) => boolean): Uint8Array {
    const entries: { clientId: number; clock: number; json: string }[] = []
    for (const [clientId, client] of this.clients ?? []) {
      if (include(client)) entries.push({ clientId, clock: client.clock, json: client.json })
    }
    return encodeAwarenessEntries(entries)
  }

  private entry(clientId: number): { clientId: number; clock: number; json: string } {
    const client = this.clients?.get(clientId)
    return { clientId, clock: client?.clock ?? 0, json: client?.json ?? GONE }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }
}

// One timer for every room document in the process, running only while someone is present
// somewhere, rather than y-protocols' interval per Awareness.
const watched = new Set<RoomPresence>()
let timer: ReturnType<typeof setInterval> | undefined

function watch(presence: RoomPresence): void {
  watched.add(presence)
  if (timer) return
  timer = setInterval(expireSilentClientsEverywhere, CHECK_EVERY_MS)
  // Presence alone is no reason to keep the process alive.
  timer.unref()
}

function unwatch(presence: RoomPresence): void {
  watched.delete(presence)
  if (watched.size > 0 || !timer) return
  clearInterval(timer)
  timer = undefined
}

/** What the shared timer runs every CHECK_EVERY_MS; tests call it instead of waiting. */
export function expireSilentClientsEverywhere(): void {
  for (const presence of watched) presence.expireSilentClients()
}
