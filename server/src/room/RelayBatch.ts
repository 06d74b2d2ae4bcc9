// The stored updates a room relays together. Every update that one storage batch settles is
// gathered here and sent as one merged update, encoded once for everyone: under load, a frame
// per batch per person instead of a frame per update per person.
import * as Y from 'yjs'
import type { RoomConnection } from './RoomConnection.ts'

/** Sends a batch: the merged update, to everyone but `except` (null: to everyone). */
export type SendBatch = (merged: Uint8Array, except: RoomConnection | null) => void

interface Waiting {
  update: Uint8Array
  sender: RoomConnection | null
}

const SETTLED: Promise<void> = Promise.resolve()

export class RelayBatch {
  private waiting: Waiting[] | null = null
  private sending: Promise<void> = SETTLED

  constructor(private readonly send: SendBatch) {}

  /** Settles once every update added so far has been sent. */
  get sent(): Promise<void> {
    return this.sending
  }

  add(update: Uint8Array, sender: RoomConnection | null): void {
    if (!this.waiting) {
      this.waiting = []
      // nextTick runs once every promise settled by this storage batch has run, so the whole
      // batch has been added by then.
      this.sending = new Promise((resolve) =>
        process.nextTick(() => {
          this.flush()
          resolve()
        }),
      )
    }
    this.waiting.push({ update, sender })
  }

  /**
   * When one person sent the whole batch they are left out. When several did, they get it too,
   * as from every y-websocket server (applying one's own update again changes nothing): leaving
   * each sender out would mean a merge per sender.
   */
  private flush(): void {
    const batch = this.waiting
    this.waiting = null
    if (!batch || batch.length === 0) return
    const merged = batch.length === 1 ? (batch[0] as Waiting).update : Y.mergeUpdates(batch.map((entry) => entry.update))
    const sender = batch[0]?.sender ?? null
    this.send(merged, batch.every((entry) => entry.sender === sender) ? sender : null)
  }
}
