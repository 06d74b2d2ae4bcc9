// One live room: its Y.Doc, its awareness (who is here, cursors) and its connections,
// speaking the y-websocket protocol. It knows nothing of sockets; see RoomConnection.
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { CloseCode, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseMessage } from '@roundtable/shared'
import { createLogger, errorMessage, type Logger } from '../logger.ts'
import { carriesChanges } from './carriesChanges.ts'
import type { ChangeRefusal, RefuseChanges } from './changeRefusal.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'

export interface RoomOptions {
  id: string
  /** Which of the room's documents this is, for log lines. */
  docName?: string
  /** The document as loaded from storage. */
  doc: Y.Doc
  /** Seq of the newest stored log entry, and how many entries follow the snapshot. */
  lastSeq: number
  logEntries: number
  store: RoomStore
  /** Log entries after which the log is folded into a snapshot in the background. */
  compactAfterUpdates: number
  /** Called when the last connection leaves. */
  onEmpty?: (room: Room) => void
  /** Called when an update could not be stored: the room has closed every connection. */
  onBroken?: (room: Room) => void
  /** Who may not change the document; by default everyone may. */
  refuseChanges?: RefuseChanges
}

/** The room cannot take a server-side change: it is shutting down, or could not store one. */
export class RoomClosedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoomClosedError'
  }
}

/** The origin of changes the server makes itself; they are relayed to every connection. */
const SERVER_ORIGIN = Symbol('server')

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

type RoomState = 'open' | 'frozen' | 'broken' | 'destroyed'

export class Room {
  readonly id: string
  private readonly doc: Y.Doc
  private readonly awareness: Awareness
  /** Each connection, with the awareness client ids it speaks for. */
  private readonly connections = new Map<RoomConnection, Set<number>>()
  private readonly store: RoomStore
  private readonly log: Logger
  private state: RoomState = 'open'
  /** Settles after every update so far has been written and relayed; never rejects. */
  private writeTail: Promise<void> = Promise.resolve()
  private lastSeq: number
  private logEntries: number
  private compaction: Promise<void> | null = null

  constructor(private readonly options: RoomOptions) {
    this.id = options.id
    this.doc = options.doc
    this.store = options.store
    this.lastSeq = options.lastSeq
    this.logEntries = options.logEntries
    this.log = createLogger('room', { room: options.id, doc: options.docName })
    this.awareness = new Awareness(this.doc)
    // The server is not a participant: it has no awareness state of its own.
    this.awareness.setLocalState(null)
    this.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  get connectionCount(): number {
    return this.connections.size
  }

  get isBroken(): boolean {
    return this.state === 'broken'
  }

  /** The live document, to read. Change it only through change(), so the change is stored and relayed. */
  get document(): Y.Doc {
    return this.doc
  }

  /**
   * Makes a change as the server, in one transaction, and resolves once it is stored and
   * relayed to every connection. Rejects with RoomClosedError when it could not be.
   */
  async change(apply: (doc: Y.Doc) => void): Promise<void> {
    if (this.state !== 'open') throw new RoomClosedError('the room is closing')
    this.doc.transact(() => apply(this.doc), SERVER_ORIGIN)
    await this.settled()
    if (this.isBroken) throw new RoomClosedError('the change could not be stored')
  }

  /** Greets a new connection as y-websocket servers do: our state vector, then who is here. */
  join(connection: RoomConnection): void {
    if (this.state !== 'open') {
      const broken = this.state === 'broken'
      connection.close(broken ? CloseCode.StorageUnavailable : CloseCode.ServiceRestart, 'room is closing')
      return
    }
    this.connections.set(connection, new Set())
    this.log.debug('joined', { connection: connection.id, connections: this.connections.size })
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    if (this.awareness.getStates().size > 0) connection.send(this.fullAwareness())
  }

  /** Handles one binary frame from a connection. A bad frame closes that connection only. */
  receive(connection: RoomConnection, frame: Uint8Array): void {
    if (this.state !== 'open' || !this.connections.has(connection)) return
    const parsed = parseMessage(frame)
    if (!parsed.ok) return this.reject(connection, parsed.error)
    const message = parsed.message
    try {
      switch (message.kind) {
        case 'sync-step-1':
          return this.answerSyncStep1(connection, message.stateVector)
        case 'sync-step-2':
        case 'update': {
          const refusal = this.options.refuseChanges?.(connection) ?? null
          if (refusal) return this.refuseUpdate(connection, message.update, refusal)
          // Changes surface through onDocUpdate, with this connection as the origin.
          return Y.applyUpdate(this.doc, message.update, connection)
        }
        case 'awareness':
          return applyAwarenessUpdate(this.awareness, message.update, connection)
        case 'query-awareness':
          return connection.send(this.fullAwareness())
      }
    } catch (error) {
      this.reject(connection, `${message.kind} could not be applied: ${errorMessage(error)}`)
    }
  }

  /** Forgets a connection and tells everyone else its awareness states are gone. */
  leave(connection: RoomConnection): void {
    const clients = this.connections.get(connection)
    if (!clients) return
    this.connections.delete(connection)
    this.log.debug('left', { connection: connection.id, connections: this.connections.size })
    if (clients.size > 0) removeAwarenessStates(this.awareness, [...clients], null)
    if (this.connections.size === 0 && this.state === 'open') this.options.onEmpty?.(this)
  }

  /** Resolves when every update received so far is stored and relayed (or the room broke). */
  settled(): Promise<void> {
    return this.writeTail
  }

  /** Stops reading frames, for shutdown; updates already received are still stored and relayed. */
  freeze(): void {
    if (this.state === 'open') this.state = 'frozen'
  }

  closeConnections(code: number, reason: string): void {
    const connections = [...this.connections.keys()]
    this.connections.clear()
    for (const connection of connections) connection.close(code, reason)
  }

  /** Folds the stored log into a snapshot. Concurrent calls share one run. */
  compact(): Promise<void> {
    this.compaction ??= this.runCompaction().finally(() => {
      this.compaction = null
    })
    return this.compaction
  }

  destroy(): void {
    this.state = 'destroyed'
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private answerSyncStep1(connection: RoomConnection, stateVector: Uint8Array): void {
    const reply = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector))
    const ask = encodeSyncStep1(Y.encodeStateVector(this.doc))
    // The reply may contain updates still being written; like a relay, it waits until
    // they are on disk, so nobody sees an edit that a crash could lose.
    this.writeTail = this.writeTail.then(() => {
      if (this.state === 'broken' || !this.connections.has(connection)) return
      connection.send(reply)
      connection.send(ask)
    })
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.state === 'broken' || this.state === 'destroyed') return
    // Handled at once so that a failure never goes unobserved while earlier writes finish.
    const written = this.store.append(this.id, update).then(
      (seq) => ({ ok: true as const, seq }),
      (error: unknown) => ({ ok: false as const, error }),
    )
    const sender = this.connections.has(origin as RoomConnection) ? (origin as RoomConnection) : null
    this.writeTail = this.writeTail
      .then(() => written)
      .then((result) => (result.ok ? this.relay(update, sender, result.seq) : this.fail(result.error)))
  }

  /** Sends a stored update to everyone but its sender, encoded once for all. */
  private relay(update: Uint8Array, sender: RoomConnection | null, seq: number): void {
    if (this.state === 'broken' || this.state === 'destroyed') return
    this.lastSeq = Math.max(this.lastSeq, seq)
    this.logEntries++
    const frame = encodeUpdate(update)
    for (const connection of this.connections.keys()) if (connection !== sender) connection.send(frame)
    if (this.logEntries >= this.options.compactAfterUpdates && !this.compaction) {
      setImmediate(() => void this.compact())
    }
  }

  private fail(error: unknown): void {
    if (this.state === 'broken' || this.state === 'destroyed') return
    this.state = 'broken'
    this.log.error('an update could not be stored; closing the room', { error: errorMessage(error) })
    // Nobody was sent the unsaved update. Clients keep it and send it again on reconnect,
    // to a fresh copy of the room loaded from what is on disk.
    this.closeConnections(CloseCode.StorageUnavailable, 'could not save changes')
    this.options.onBroken?.(this)
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const controlled = this.connections.get(origin as RoomConnection)
    if (controlled) {
      for (const client of [...added, ...updated]) controlled.add(client)
      for (const client of removed) controlled.delete(client)
    }
    const frame = encodeAwareness(encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]))
    // Echoed to the sender too, as y-websocket servers do: a person alone in a room still
    // hears from the server every few seconds, so their provider does not think it is cut off.
    for (const connection of this.connections.keys()) connection.send(frame)
  }

  private fullAwareness(): Uint8Array {
    return encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]))
  }

  /** An update that changes nothing (a synced client's sync reply) passes quietly; any other closes the connection. */
  private refuseUpdate(connection: RoomConnection, update: Uint8Array, refusal: ChangeRefusal): void {
    if (!carriesChanges(this.doc, update)) return
    this.log.info('closing a connection that may not change this document', { connection: connection.id, code: refusal.code })
    this.leave(connection)
    connection.close(refusal.code, refusal.reason)
  }

  private reject(connection: RoomConnection, reason: string): void {
    this.log.warn('closing a connection that sent a malformed frame', { connection: connection.id, reason })
    this.leave(connection)
    connection.close(CloseCode.MalformedMessage, reason)
  }

  private async runCompaction(): Promise<void> {
    await this.writeTail
    if (this.state === 'broken' || this.logEntries === 0) return
    const upToSeq = this.lastSeq
    const entries = this.logEntries
    // Every entry up to upToSeq is in the document now. The snapshot may also hold updates
    // still queued for the log; storing those twice is harmless, as applying a Yjs update
    // again changes nothing.
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    try {
      await this.store.compact(this.id, snapshot, upToSeq)
      this.logEntries -= entries
      this.log.debug('compacted', { upToSeq, entries })
    } catch (error) {
      // The log is intact, so nothing is lost; the next compaction tries again.
      this.log.error('compaction failed', { error: errorMessage(error) })
    }
  }
}
