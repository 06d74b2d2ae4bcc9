// Stand-ins for Redis in unit tests: instances in one process that share rooms through a hub
// (delivering a turn later, like a network, and dropping what a disconnected instance would
// miss), and one lock and set of more-time askers per room for all of them.
import { MoreTimeAskersInMemory, type MoreTimeAskers } from '../facilitation/MoreTimeAskers.ts'
import type { DocumentName } from '../storage/Storage.ts'
import type { Fanout, FanoutKind, FanoutListener, FanoutStatus } from './Fanout.ts'
import type { RoomCoordination } from './RoomCoordination.ts'

export class FanoutHub {
  private readonly members = new Set<HubFanout>()

  instance(): HubFanout {
    const member = new HubFanout(this)
    this.members.add(member)
    return member
  }

  send(from: HubFanout, roomId: string, doc: DocumentName, kind: FanoutKind, payload: Uint8Array): void {
    for (const member of this.members) if (member !== from) setImmediate(() => member.receive(roomId, { doc, kind, payload }))
  }

  /** What RedisFanout does when an instance reconnects: everyone catches up. */
  reconnected(): void {
    for (const member of this.members) member.missedMessages()
  }
}

export class HubFanout implements Fanout {
  readonly shared = true
  connected = true
  readonly published: { roomId: string; doc: DocumentName; kind: FanoutKind }[] = []
  private readonly listeners = new Map<string, FanoutListener>()
  private readonly missed: (() => void)[] = []

  constructor(private readonly hub: FanoutHub) {}

  publish(roomId: string, doc: DocumentName, kind: FanoutKind, payload: Uint8Array): void {
    this.published.push({ roomId, doc, kind })
    if (this.connected) this.hub.send(this, roomId, doc, kind, payload)
  }
  async subscribe(roomId: string, listener: FanoutListener): Promise<void> {
    this.listeners.set(roomId, listener)
  }
  async unsubscribe(roomId: string): Promise<void> {
    this.listeners.delete(roomId)
  }
  onMissedMessages(listener: () => void): void {
    this.missed.push(listener)
  }
  status(): FanoutStatus {
    return this.connected ? 'connected' : 'disconnected'
  }
  disconnect(): void {
    this.connected = false
  }
  reconnect(): void {
    this.connected = true
    this.hub.reconnected()
  }
  receive(roomId: string, message: Parameters<FanoutListener>[0]): void {
    if (this.connected) this.listeners.get(roomId)?.(message)
  }
  missedMessages(): void {
    for (const listener of this.missed) listener()
  }
}

/** One lock and one set of askers per room, for every instance that shares this object. */
export class SharedCoordination implements RoomCoordination {
  private readonly locks = new Map<string, Promise<unknown>>()
  private readonly askers = new Map<string, MoreTimeAskers>()

  exclusive<T>(roomId: string, task: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(roomId) ?? Promise.resolve()).then(task)
    this.locks.set(roomId, run.catch(() => {}))
    return run
  }

  moreTimeAskers(roomId: string): MoreTimeAskers {
    let askers = this.askers.get(roomId)
    if (!askers) this.askers.set(roomId, (askers = new MoreTimeAskersInMemory()))
    return askers
  }
}
