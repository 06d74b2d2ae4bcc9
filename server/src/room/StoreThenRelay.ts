// Nothing is relayed before it is stored: each update a room receives is written to storage
// and only then sent on to everyone else (with the rest of its storage batch, see RelayBatch),
// in the order received. A reply that may hold updates still being written waits its turn too,
// so nobody sees an edit that a crash could lose.
import { RelayBatch } from './RelayBatch.ts'
import type { RoomConnection } from './RoomConnection.ts'
import type { UpdateWriter, Written } from './UpdateWriter.ts'

/** What the pipeline needs of its room. */
export interface StoreThenRelayRoom {
  writer(): UpdateWriter
  /** Sends a stored batch to every connection but `except`, and to other instances. */
  relay(merged: Uint8Array, except: RoomConnection | null): void
  /** Told the storage sequence number of each update as it is relayed. */
  stored(seq: number): void
  /** The sender of an update that could not be stored: it is closed, and its browser sends the update again. */
  dropSender(sender: RoomConnection): void
  destroyed(): boolean
}

const SETTLED: Promise<void> = Promise.resolve()

export class StoreThenRelay {
  /** Settles after every update so far has been stored and relayed (or given up at shutdown); never rejects. */
  private tail: Promise<void> = SETTLED
  /** Made on the first relay. */
  private batch: RelayBatch | null = null

  constructor(private readonly room: StoreThenRelayRoom) {}

  /** Settles once every update added so far is stored and relayed (or given up); never rejects. */
  get written(): Promise<void> {
    return this.tail
  }

  /** Settles once every update added so far is stored and its batch sent. */
  settled(): Promise<void> {
    return this.tail.then(() => this.batch?.sent)
  }

  /** Runs `send` once every update added so far is stored and relayed. */
  afterWrites(send: () => void): void {
    this.tail = this.tail.then(send)
  }

  /** Stores `update`, then relays it to everyone but `sender`. */
  add(update: Uint8Array, sender: RoomConnection | null): void {
    this.enqueue(update, sender)
  }

  /**
   * The same for a change the server makes, which learns at once that storing failed rather
   * than waiting for storage to come back: true once stored and sent to everyone, false as
   * soon as the first attempt to store it fails (it is stored and relayed once storage is back).
   */
  addAndReport(update: Uint8Array): Promise<boolean> {
    const { first, relayed } = this.enqueue(update, null)
    const sent = relayed.then(async (ok) => {
      if (ok) await this.batch?.sent
      return ok
    })
    return first.then((result) => (result.ok ? sent : false))
  }

  private enqueue(update: Uint8Array, sender: RoomConnection | null): { first: Promise<Written>; relayed: Promise<boolean> } {
    // Started at once so a failure is seen at once; results are handled in order below.
    const first = this.room.writer().attempt(update)
    const relayed = this.tail
      .then(() => first)
      .then((result) => (result.ok ? result.seq : this.writeAfterFailure(update, sender, result)))
      .then((seq) => {
        if (seq === null) return false
        this.relay(update, sender, seq)
        return true
      })
    this.tail = relayed.then(() => {})
    return { first, relayed }
  }

  /**
   * An update is in the document but could not be stored. Nobody has been sent it; its sender
   * is closed (its browser keeps the change and sends it again should this server lose it),
   * edits are refused meanwhile, and the writer keeps trying. Resolves with its seq once
   * stored, or null when the room shuts down first.
   */
  private writeAfterFailure(update: Uint8Array, sender: RoomConnection | null, failed: Written & { ok: false }): Promise<number | null> {
    return this.room.writer().writeAfterFailure(update, failed, () => {
      if (sender) this.room.dropSender(sender)
    })
  }

  private relay(update: Uint8Array, sender: RoomConnection | null, seq: number): void {
    if (this.room.destroyed()) return
    this.batch ??= new RelayBatch((merged, except) => {
      if (!this.room.destroyed()) this.room.relay(merged, except)
    })
    this.batch.add(update, sender)
    this.room.stored(seq)
  }
}
