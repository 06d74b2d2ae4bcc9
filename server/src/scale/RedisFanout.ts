// Fan-out through Redis pub/sub: a channel per room and document, every message tagged with
// the sending instance so each instance skips its own. Redis does not keep messages for a
// subscriber that was away, so whenever this instance or another reconnects, every loaded
// room is told to catch up from storage, where every update is before it is published.
import { createLogger, errorMessage } from '../logger.ts'
import type { DocumentName } from '../storage/Storage.ts'
import type { Fanout, FanoutKind, FanoutListener, FanoutStatus } from './Fanout.ts'
import { encodeFanoutMessage, parseFanoutMessage } from './fanoutMessage.ts'
import type { RedisConnections } from './RedisConnections.ts'

const log = createLogger('fanout')
const DOCUMENTS: readonly DocumentName[] = ['board', 'session']

export class RedisFanout implements Fanout {
  readonly shared = true
  private readonly listeners = new Map<string, FanoutListener>()
  /** Channel → the room and document it carries, for every subscribed room. */
  private readonly channels = new Map<string, { roomId: string; doc: DocumentName }>()
  private readonly missedListeners: (() => void)[] = []
  /** Where an instance says "I was cut off: what I published meanwhile never reached you". */
  private readonly reconnectedChannel: string
  private publishFailing = false

  constructor(
    private readonly redis: RedisConnections,
    private readonly instanceId: string,
    private readonly prefix: string,
  ) {
    this.reconnectedChannel = `${prefix}reconnected`
    redis.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message))
    redis.onReady('subscriber', () => void this.subscribeAgain())
    redis.onReady('publisher', (afterOutage) => {
      if (afterOutage) this.announceReconnection()
    })
  }

  publish(roomId: string, doc: DocumentName, kind: FanoutKind, payload: Uint8Array): void {
    if (this.redis.publisher.status !== 'ready') return
    const message = Buffer.from(encodeFanoutMessage({ origin: this.instanceId, kind, payload }))
    this.redis.publisher.publish(this.channel(roomId, doc), message).then(
      () => (this.publishFailing = false),
      (error: unknown) => {
        if (!this.publishFailing) log.warn('could not publish to other instances', { room: roomId, doc, error: errorMessage(error) })
        this.publishFailing = true
      },
    )
  }

  async subscribe(roomId: string, listener: FanoutListener): Promise<void> {
    this.listeners.set(roomId, listener)
    const channels = DOCUMENTS.map((doc) => this.channel(roomId, doc))
    DOCUMENTS.forEach((doc, i) => this.channels.set(channels[i] ?? '', { roomId, doc }))
    // While disconnected, subscribeAgain() subscribes it on reconnection, and the room catches up.
    if (this.redis.subscriber.status !== 'ready') return
    try {
      await this.redis.subscriber.subscribe(...channels)
    } catch (error) {
      log.error('could not subscribe to a room; it catches up when Redis reconnects', { room: roomId, error: errorMessage(error) })
    }
  }

  async unsubscribe(roomId: string): Promise<void> {
    this.listeners.delete(roomId)
    const channels = DOCUMENTS.map((doc) => this.channel(roomId, doc))
    for (const channel of channels) this.channels.delete(channel)
    if (this.redis.subscriber.status !== 'ready') return
    await this.redis.subscriber.unsubscribe(...channels).catch((error: unknown) => {
      log.warn('could not unsubscribe from a room', { room: roomId, error: errorMessage(error) })
    })
  }

  onMissedMessages(listener: () => void): void {
    this.missedListeners.push(listener)
  }

  status(): FanoutStatus {
    return this.redis.connected ? 'connected' : 'disconnected'
  }

  private channel(roomId: string, doc: DocumentName): string {
    return `${this.prefix}room:${roomId}:${doc}`
  }

  private receive(channel: string, bytes: Buffer): void {
    if (channel === this.reconnectedChannel) {
      if (bytes.toString() !== this.instanceId) this.missedMessages()
      return
    }
    const target = this.channels.get(channel)
    const listener = target && this.listeners.get(target.roomId)
    if (!target || !listener) return
    const parsed = parseFanoutMessage(bytes)
    if (!parsed.ok) {
      log.warn('dropping an unreadable message from another instance', { room: target.roomId, doc: target.doc, error: parsed.error })
      return
    }
    const { origin, kind, payload } = parsed.message
    if (origin === this.instanceId) return
    listener({ doc: target.doc, kind, payload })
  }

  /** Subscribes to every channel this instance needs, on each (re)connection. */
  private async subscribeAgain(): Promise<void> {
    try {
      await this.redis.subscriber.subscribe(this.reconnectedChannel, ...this.channels.keys())
    } catch (error) {
      // The connection dropped again; the next reconnection tries again.
      log.warn('could not subscribe after connecting', { error: errorMessage(error) })
      return
    }
    // Harmless at start-up, when no room is loaded yet.
    this.missedMessages()
  }

  private announceReconnection(): void {
    this.redis.publisher.publish(this.reconnectedChannel, this.instanceId).catch((error: unknown) => {
      log.warn('could not tell other instances this one reconnected', { error: errorMessage(error) })
    })
  }

  private missedMessages(): void {
    for (const listener of this.missedListeners) listener()
  }
}
