// How an instance passes a room's stored updates and awareness to the other instances
// serving the same room, and the single-instance stand-in that passes nothing.
import type { DocumentName } from '../storage/Storage.ts'

/**
 * What travels between instances, per room and document:
 * - update: a Yjs update the sending instance has already stored;
 * - awareness: an awareness update from the sender's own connections;
 * - awareness-query: "send me your connections' awareness" (an instance that has just loaded the room);
 * - facilitator-links: the room's facilitator links changed in storage; read them again;
 * - room-deleted: the room is gone for good; close its sockets with 4404.
 */
export const FANOUT_KINDS = ['update', 'awareness', 'awareness-query', 'facilitator-links', 'room-deleted'] as const
export type FanoutKind = (typeof FANOUT_KINDS)[number]

export interface FanoutMessage {
  doc: DocumentName
  kind: FanoutKind
  payload: Uint8Array
}

export type FanoutListener = (message: FanoutMessage) => void

export type FanoutStatus = 'single-instance' | 'connected' | 'disconnected'

export interface Fanout {
  /** True when other instances may serve the same rooms. */
  readonly shared: boolean
  /** Fire and forget: a message lost while disconnected is made up by catching up from storage. */
  publish(roomId: string, doc: DocumentName, kind: FanoutKind, payload: Uint8Array): void
  /**
   * Passes other instances' messages for the room to `listener`. Resolves once they will
   * arrive (or at once while disconnected: the room then catches up on reconnection).
   */
  subscribe(roomId: string, listener: FanoutListener): Promise<void>
  unsubscribe(roomId: string): Promise<void>
  /**
   * `listener` runs whenever messages may have been missed (this instance or another one
   * reconnected): every loaded room should then read storage again.
   */
  onMissedMessages(listener: () => void): void
  status(): FanoutStatus
}

/** One instance serves every room it loads: there is nobody to tell. */
export class SingleInstanceFanout implements Fanout {
  readonly shared = false
  publish(): void {}
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  onMissedMessages(): void {}
  status(): FanoutStatus {
    return 'single-instance'
  }
}
