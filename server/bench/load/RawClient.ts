// One load-generator client speaking the wire protocol directly over a `ws` socket: it does
// not keep the room's document, only a small one of its own to make edits with, so one
// process can drive hundreds of them. Received updates are handed on as bytes.
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { awarenessUpdate, type Incoming, type Wire } from './wire.ts'

export interface RawClientOptions {
  url: string
  room: string
  wire: Wire
  /** Called for every document update received (sync step 2 included), with when it arrived. */
  onUpdate?: (update: Uint8Array, receivedAt: number, kind: 'sync-step-2' | 'update') => void
  connectTimeoutMs?: number
}

/** Milliseconds on a clock shared by every thread of this machine. */
export function now(): number {
  return performance.timeOrigin + performance.now()
}

export class RawClient {
  /** Holds only this client's own edits; its updates are what the client sends. */
  readonly doc = new Y.Doc()
  receivedFrames = 0
  receivedBytes = 0
  sentUpdateBytes = 0
  private awarenessClock = 0
  private onUpdate: RawClientOptions['onUpdate']

  private constructor(
    private readonly socket: WebSocket,
    private readonly options: RawClientOptions,
  ) {
    this.onUpdate = options.onUpdate
    this.doc.on('update', (update: Uint8Array) => {
      this.sentUpdateBytes += update.byteLength
      this.send(options.wire.update(options.room, update))
    })
  }

  /** Opens the socket, sends sync step 1 and resolves once the server's sync step 2 has arrived. */
  static connect(options: RawClientOptions): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(options.url, { perMessageDeflate: false })
      const client = new RawClient(socket, options)
      const timer = setTimeout(() => {
        socket.terminate()
        reject(new Error(`no sync step 2 from ${options.url} within ${options.connectTimeoutMs ?? 20_000} ms`))
      }, options.connectTimeoutMs ?? 20_000)
      let synced = false
      socket.binaryType = 'nodebuffer'
      socket.on('error', (error) => {
        if (!synced) {
          clearTimeout(timer)
          reject(error)
        }
      })
      socket.once('close', (code) => {
        if (!synced) {
          clearTimeout(timer)
          reject(new Error(`socket closed with ${code} before syncing`))
        }
      })
      socket.on('open', () => {
        for (const frame of options.wire.opening(options.room)) socket.send(frame)
        socket.send(options.wire.syncStep1(options.room, Y.encodeStateVector(client.doc)))
      })
      socket.on('message', (data: Buffer) => {
        const receivedAt = now()
        client.receivedFrames++
        client.receivedBytes += data.byteLength
        if (synced && !client.onUpdate) return
        const message: Incoming = options.wire.read(data)
        if (message.kind === 'sync-step-2' || message.kind === 'update') client.onUpdate?.(message.update, receivedAt, message.kind)
        if (message.kind === 'sync-step-2' && !synced) {
          synced = true
          clearTimeout(timer)
          resolve(client)
        }
      })
    })
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN
  }

  /** Hands every update received from now on to `onUpdate`. */
  listen(onUpdate: RawClientOptions['onUpdate']): void {
    this.onUpdate = onUpdate
  }

  /** Makes an edit on this client's own document; the update goes to the server. */
  edit(change: (doc: Y.Doc) => void): void {
    this.doc.transact(() => change(this.doc))
  }

  /** Sends an update made elsewhere, e.g. a replayed history. */
  sendUpdate(update: Uint8Array): void {
    this.sentUpdateBytes += update.byteLength
    this.send(this.options.wire.update(this.options.room, update))
  }

  /** Sends sync step 1 with this client's state vector; the server answers with sync step 2. */
  sendSyncStep1(stateVector: Uint8Array = Y.encodeStateVector(this.doc)): void {
    this.send(this.options.wire.syncStep1(this.options.room, stateVector))
  }

  setAwareness(state: unknown): void {
    this.awarenessClock++
    this.send(this.options.wire.awareness(this.options.room, awarenessUpdate(this.doc.clientID, this.awarenessClock, state)))
  }

  /**
   * Resolves once the server has handled everything this client sent before: sync step 1
   * is answered in order, after the messages ahead of it. Stops any listener.
   */
  syncPoint(stateVector: Uint8Array, timeoutMs = 120_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to sync step 1 within ${timeoutMs} ms`)), timeoutMs)
      this.listen((_update, _receivedAt, kind) => {
        if (kind !== 'sync-step-2') return
        clearTimeout(timer)
        this.onUpdate = undefined
        resolve()
      })
      this.sendSyncStep1(stateVector)
    })
  }

  /** Waits until this process has handed what it queued to the socket, so a fast sender cannot run away. */
  async drained(maxBufferedBytes = 1 << 20): Promise<void> {
    while (this.socket.bufferedAmount > maxBufferedBytes && this.open) await new Promise((resolve) => setTimeout(resolve, 5))
  }

  close(): void {
    this.onUpdate = undefined
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) this.socket.close()
    this.doc.destroy()
  }

  /** Drops the connection without a closing handshake. */
  terminate(): void {
    this.onUpdate = undefined
    this.socket.terminate()
    this.doc.destroy()
  }

  private send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame)
  }
}

/** Opens `count` clients, `concurrency` at a time. */
export async function connectMany(count: number, concurrency: number, open: (index: number) => Promise<RawClient>): Promise<RawClient[]> {
  const clients: RawClient[] = new Array<RawClient>(count)
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      clients[index] = await open(index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return clients
}
