// One live room document: its Y.Doc, its awareness (who is here, cursors) and its connections,
// speaking the y-websocket protocol. It knows nothing of sockets (see RoomConnection) nor of
// other instances: it publishes what they need and applies what they send through its owner.
import * as Y from 'yjs'
import { CloseCode, encodeSyncStep1, encodeUpdate, parseMessage } from '@roundtable/shared'
import { metrics } from '../metrics/serverMetrics.ts'
import { createLogger, errorMessage, type Logger } from '../logger.ts'
import { carriesChanges } from './carriesChanges.ts'
import { type ChangeRefusal, STORAGE_REFUSAL } from './changeRefusal.ts'
import { carriesNothing, LazyDocument } from './LazyDocument.ts'
import { applyStoredUpdate } from './loadRoomDocument.ts'
import { LogCompaction } from './LogCompaction.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'
import { RoomPresence } from './RoomPresence.ts'
import { StoreThenRelay } from './StoreThenRelay.ts'
import { RoomClosedError, type RoomOptions } from './RoomOptions.ts'
import { UpdateWriter } from './UpdateWriter.ts'

export { RoomClosedError, type RoomOptions } from './RoomOptions.ts'

/** The origin of changes the server makes itself; they are stored and relayed to every connection. */
const SERVER_ORIGIN = Symbol('server')
/** The origin of updates already in storage (from another instance, or read back): relayed, not stored again. */
const STORED_ORIGIN = Symbol('stored')

type Lifecycle = 'open' | 'frozen' | 'destroyed'

/** Shared by every room with nothing in flight, rather than a settled promise each. */
const SETTLED: Promise<void> = Promise.resolve()

export class Room {
  readonly id: string
  private readonly lazy: LazyDocument
  private readonly presence: RoomPresence
  private readonly connections = new Set<RoomConnection>()
  private readonly store: RoomStore
  private logger: Logger | null = null
  private writerOrNull: UpdateWriter | null = null
  private lifecycle: Lifecycle = 'open'
  /** Set by onDocUpdate while change() runs: resolves true once stored and relayed, false if storing failed. */
  private serverWrite: Promise<boolean> | null = null
  private logOrNull: LogCompaction | null = null
  private pipelineOrNull: StoreThenRelay | null = null

  constructor(private readonly options: RoomOptions) {
    this.id = options.id
    this.store = options.store
    this.lazy = new LazyDocument(options.document)
    const given = this.lazy.current()
    if (given) this.listen(given)
    this.presence = new RoomPresence({
      sendToAll: (frame) => this.sendToAll(frame, null),
      publish: options.publish && ((update) => options.publish?.('awareness', update)),
    })
  }

  // The logger and the writer are made on first use: a room nobody edits never needs them,
  // and a thousand idle rooms would otherwise hold a thousand of each.
  private get log(): Logger {
    this.logger ??= createLogger('room', { room: this.id, doc: this.options.docName })
    return this.logger
  }

  /** Made when the room first stores an update or is compacted. */
  private get storedLog(): LogCompaction {
    this.logOrNull ??= new LogCompaction(
      { id: this.id, store: this.store, doc: () => this.doc, written: () => this.pipelineOrNull?.written ?? SETTLED, log: () => this.log },
      this.options.lastSeq,
      this.options.logEntries,
      this.options.compactAfterUpdates,
    )
    return this.logOrNull
  }

  private get writer(): UpdateWriter {
    this.writerOrNull ??= new UpdateWriter(this.id, this.store, this.log, this.options.storageRetry)
    return this.writerOrNull
  }

  /** Made when the room first stores an update. */
  private get pipeline(): StoreThenRelay {
    this.pipelineOrNull ??= new StoreThenRelay({
      writer: () => this.writer,
      relay: (merged, except) => {
        this.sendToAll(encodeUpdate(merged), except)
        this.options.publish?.('update', merged)
      },
      stored: (seq) => this.storedLog.stored(seq),
      dropSender: (sender) => {
        if (!this.connections.has(sender)) return
        this.leave(sender)
        sender.close(CloseCode.StorageUnavailable, 'could not save your change; reconnecting')
      },
      destroyed: () => this.lifecycle === 'destroyed',
    })
    return this.pipelineOrNull
  }

  /** The live document, built from storage the first time anything needs it. */
  private get doc(): Y.Doc {
    return this.lazy.current() ?? this.listen(this.lazy.build(this.log))
  }

  private listen(doc: Y.Doc): Y.Doc {
    doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin))
    return doc
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** True while storage is failing: edits are refused until an update can be stored again. */
  get refusingEdits(): boolean {
    return this.writerOrNull?.failing ?? false
  }

  /** The live document, to read. Change it only through change(), so the change is stored and relayed. */
  get document(): Y.Doc {
    return this.doc
  }

  /**
   * Makes a change as the server, in one transaction, and resolves once it is stored and
   * relayed to every connection. Rejects with RoomClosedError when the room is closing or
   * storage is failing; a change whose storing failed is stored once storage is back.
   */
  async change(apply: (doc: Y.Doc) => void): Promise<void> {
    if (this.lifecycle !== 'open') throw new RoomClosedError('the room is closing')
    if (this.refusingEdits) throw new RoomClosedError('storage is unavailable')
    this.doc.transact(() => apply(this.doc), SERVER_ORIGIN)
    const written = this.takeServerWrite()
    if (written && !(await written)) throw new RoomClosedError('the change could not be stored yet')
  }

  /** Greets a new connection as y-websocket servers do: our state vector, then who is here. */
  join(connection: RoomConnection): void {
    if (this.lifecycle !== 'open') {
      connection.close(CloseCode.ServiceRestart, 'room is closing')
      return
    }
    this.connections.add(connection)
    this.presence.join(connection)
    if (this.logger) this.log.debug('joined', { connection: connection.id, connections: this.connections.size })
    // Saying what we hold is cheap once the document is built (or when nothing is stored). Until
    // then, the answer to the newcomer's own sync step 1 asks for what we lack (answerSyncStep1).
    const stateVector = this.lazy.stateVectorIfCheap()
    if (stateVector) connection.send(encodeSyncStep1(stateVector))
    if (this.presence.anyone) connection.send(this.presence.everyone())
  }

  /** Handles one binary frame from a connection. A bad frame closes that connection only. */
  receive(connection: RoomConnection, frame: Uint8Array): void {
    if (this.lifecycle !== 'open' || !this.connections.has(connection)) return
    const parsed = parseMessage(frame)
    metrics.countMessage(parsed.ok ? parsed.message.kind : 'malformed', frame.byteLength)
    if (!parsed.ok) return this.reject(connection, parsed.error)
    const message = parsed.message
    try {
      switch (message.kind) {
        case 'sync-step-1':
          return this.answerSyncStep1(connection, message.stateVector)
        case 'sync-step-2':
        case 'update': {
          const refusal = this.options.refuseChanges?.(connection) ?? (this.refusingEdits ? STORAGE_REFUSAL : null)
          if (refusal) return this.refuseUpdate(connection, message.update, refusal)
          // A newcomer's empty answer needs no document built to change nothing.
          if (!this.lazy.built && carriesNothing(message.update)) return
          // Changes surface through onDocUpdate, with this connection as the origin.
          return Y.applyUpdate(this.doc, message.update, connection)
        }
        case 'awareness':
          return this.presence.receive(connection, message.clients)
        case 'query-awareness':
          return connection.send(this.presence.everyone())
      }
    } catch (error) {
      this.reject(connection, `${message.kind} could not be applied: ${errorMessage(error)}`)
    }
  }

  /**
   * Applies updates that are already in storage: stored by another instance, or read back
   * to catch up. They are relayed to this instance's connections and not stored again;
   * those this document already has change nothing (Yjs updates are idempotent).
   */
  applyStored(updates: readonly Uint8Array[]): void {
    if (this.lifecycle === 'destroyed' || updates.length === 0) return
    this.doc.transact(() => {
      for (const update of updates) applyStoredUpdate(this.doc, update, 'an update from storage or another instance', this.log)
    }, STORED_ORIGIN)
  }

  /** Applies another instance's awareness update, relaying it to this instance's connections. */
  applyRemoteAwareness(update: Uint8Array): void {
    if (this.lifecycle === 'destroyed') return
    try {
      this.presence.fromOtherInstance(update)
    } catch (error) {
      this.log.warn('dropping unreadable awareness from another instance', { error: errorMessage(error) })
    }
  }

  /** Publishes the awareness of this instance's connections, for an instance that has just loaded the room. */
  publishLocalAwareness(): void {
    const update = this.presence.ofConnections()
    if (update) this.options.publish?.('awareness', update)
  }

  /** Forgets a connection and tells everyone else its awareness states are gone. */
  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return
    if (this.logger) this.log.debug('left', { connection: connection.id, connections: this.connections.size })
    this.presence.leave([connection])
    if (this.connections.size === 0 && this.lifecycle === 'open') this.options.onEmpty?.(this)
  }

  /** Resolves when every update received so far is stored and relayed (or given up at shutdown). */
  settled(): Promise<void> {
    return this.pipelineOrNull?.settled() ?? SETTLED
  }

  /** Stops reading frames, for shutdown; updates already received are still stored and relayed. */
  freeze(): void {
    if (this.lifecycle === 'open') this.lifecycle = 'frozen'
    this.writerOrNull?.stop()
  }

  /** Closes every connection, and tells other instances their people have left. */
  closeConnections(code: number, reason: string): void {
    const connections = [...this.connections]
    this.connections.clear()
    for (const connection of connections) connection.close(code, reason)
    this.presence.leave(connections)
  }

  /** Folds the stored log into a snapshot. Concurrent calls share one run. */
  compact(): Promise<void> {
    return this.storedLog.compact()
  }

  destroy(): void {
    this.lifecycle = 'destroyed'
    this.writerOrNull?.stop()
    this.presence.destroy()
    // Destroying the document also drops its listeners.
    this.lazy.destroy()?.destroy()
  }

  private answerSyncStep1(connection: RoomConnection, stateVector: Uint8Array): void {
    const { reply, ask } = this.lazy.answerSyncStep1(stateVector, () => this.doc)
    const send = () => {
      if (!this.connections.has(connection)) return
      connection.send(reply)
      if (ask) connection.send(ask)
    }
    // The reply may contain updates still being written; like a relay, it waits until they
    // are stored, so nobody sees an edit that a crash could lose. A room that has written
    // nothing since it loaded has nothing in flight, and answers without making its pipeline
    // (idle rooms are many).
    if (this.pipelineOrNull) this.pipelineOrNull.afterWrites(send)
    else send()
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (this.lifecycle === 'destroyed') return
    if (origin === STORED_ORIGIN) return this.sendToAll(encodeUpdate(update), null)
    // Counted once, on the instance that received it: updates from other instances return above.
    metrics.countUpdate(update.byteLength)
    if (origin === SERVER_ORIGIN) this.serverWrite = this.pipeline.addAndReport(update)
    else this.pipeline.add(update, this.connections.has(origin as RoomConnection) ? (origin as RoomConnection) : null)
  }

  private sendToAll(frame: Uint8Array, except: RoomConnection | null): void {
    for (const connection of this.connections) if (connection !== except) connection.send(frame)
  }

  private takeServerWrite(): Promise<boolean> | null {
    const written = this.serverWrite
    this.serverWrite = null
    return written
  }

  /** An update that changes nothing (a synced client's sync reply) passes quietly; any other closes the connection. */
  private refuseUpdate(connection: RoomConnection, update: Uint8Array, refusal: ChangeRefusal): void {
    if (!carriesChanges(this.doc, update)) return
    // While storage is failing, a browser with offline edits reconnects and is refused again until it is back.
    const level = refusal === STORAGE_REFUSAL ? 'debug' : 'info'
    this.log[level]('closing a connection that may not change this document', { connection: connection.id, code: refusal.code })
    this.leave(connection)
    connection.close(refusal.code, refusal.reason)
  }

  private reject(connection: RoomConnection, reason: string): void {
    metrics.countError('malformed-frame')
    this.log.warn('closing a connection that sent a malformed frame', { connection: connection.id, reason })
    this.leave(connection)
    connection.close(CloseCode.MalformedMessage, reason)
  }
}

