// What the server counts for /metrics: live rooms and connections, the messages and
// document updates people send, storage latency and errors, and the process's own health.
import type { ClientMessage } from '@roundtable/shared'
import { Counter, Gauge, Histogram, MetricsRegistry } from './MetricsRegistry.ts'
import { addProcessMetrics } from './processMetrics.ts'

/** A y-websocket message type, or a frame that could not be parsed as one. */
export type MessageType = ClientMessage['kind'] | 'malformed'
const MESSAGE_TYPES: readonly MessageType[] = ['sync-step-1', 'sync-step-2', 'update', 'awareness', 'query-awareness', 'malformed']

/** What went wrong, in few enough kinds that each can have its own alert. */
export const ERROR_KINDS = [
  /** A request answered 500. */
  'http',
  /** A storage call failed (see roundtable_storage_seconds for which operation). */
  'storage',
  /** A connection was closed for a frame that was not the protocol or could not be applied. */
  'malformed-frame',
  /** A room could not be opened for a connection. */
  'room-open',
  /** A socket reported an error. */
  'socket',
] as const
export type ErrorKind = (typeof ERROR_KINDS)[number]

/** The abuse limits, named as their settings are (MAX_CONNECTIONS_PER_ADDRESS, …). */
export const LIMITS = ['connections-per-address', 'messages-per-second', 'live-rooms', 'rooms-per-address-per-hour'] as const
export type LimitName = (typeof LIMITS)[number]

/** From half a millisecond (an SQLite read) to ten seconds (a database in trouble). */
const STORAGE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export interface LiveCounts {
  rooms: number
  connections: number
}

export class ServerMetrics {
  private readonly registry = new MetricsRegistry()
  private readonly rooms = this.registry.add(new Gauge('roundtable_rooms_live', 'Rooms open in memory on this instance.'))
  private readonly connections = this.registry.add(
    new Gauge('roundtable_connections', 'Open WebSocket connections to rooms on this instance.'),
  )
  private readonly updates = this.registry.add(
    new Counter(
      'roundtable_updates_total',
      'Document updates applied to live rooms (stored, then relayed). Updates per second: rate(roundtable_updates_total[1m]).',
    ),
  )
  private readonly updateBytes = this.registry.add(
    new Counter('roundtable_update_bytes_total', 'Bytes of the document updates counted by roundtable_updates_total.'),
  )
  private readonly messages = this.registry.add(
    new Counter(
      'roundtable_messages_total',
      'WebSocket messages received from people, by y-websocket message type.',
      MESSAGE_TYPES.map((type) => ({ type })),
    ),
  )
  private readonly receivedBytes = this.registry.add(
    new Counter('roundtable_received_bytes_total', 'Bytes of the WebSocket messages counted by roundtable_messages_total.'),
  )
  private readonly sentBytes = this.registry.add(
    new Counter('roundtable_sent_bytes_total', 'Bytes of WebSocket messages sent to people (relayed updates, awareness, sync replies).'),
  )
  private readonly storage = this.registry.add(
    new Histogram('roundtable_storage_seconds', 'How long storage calls took, in seconds, by operation.', STORAGE_BUCKETS),
  )
  private readonly errors = this.registry.add(
    new Counter(
      'roundtable_errors_total',
      `Things that went wrong, by kind: ${ERROR_KINDS.join(', ')}.`,
      ERROR_KINDS.map((kind) => ({ kind })),
    ),
  )
  private readonly limited = this.registry.add(
    new Counter(
      'roundtable_limited_total',
      'Requests, sockets and messages refused by an abuse limit, by limit.',
      LIMITS.map((limit) => ({ limit })),
    ),
  )

  constructor() {
    addProcessMetrics(this.registry)
  }

  /** A frame arrived on a room's socket. */
  countMessage(type: MessageType, bytes: number): void {
    this.messages.inc({ type })
    this.receivedBytes.inc({}, bytes)
  }

  /** An update changed a live room's document. */
  countUpdate(bytes: number): void {
    this.updates.inc()
    this.updateBytes.inc({}, bytes)
  }

  /** A frame went out to a socket. */
  countSent(bytes: number): void {
    this.sentBytes.inc({}, bytes)
  }

  countError(kind: ErrorKind): void {
    this.errors.inc({ kind })
  }

  /** An abuse limit refused something. */
  countLimited(limit: LimitName): void {
    this.limited.inc({ limit })
  }

  observeStorage(operation: string, seconds: number): void {
    this.storage.observe({ operation }, seconds)
  }

  /** The text for /metrics, with the live counts as they are now. */
  render(live: LiveCounts): string {
    this.rooms.set(live.rooms)
    this.connections.set(live.connections)
    return this.registry.render()
  }
}

/** The process's one set of metrics: the places that count import it, like the logger. */
export const metrics = new ServerMetrics()
