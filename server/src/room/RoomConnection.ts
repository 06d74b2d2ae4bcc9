// What a Room needs from one person's connection, whatever socket library carries it.

export interface RoomConnection {
  /** A short random id for log lines. */
  readonly id: string
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
  /** Resolves true if the other end answers (a ping) within `timeoutMs`, false otherwise or once closed. */
  answers?(timeoutMs: number): Promise<boolean>
}

/** Where a Room keeps its document: an append-only log, folded into snapshots now and then. */
export interface RoomStore {
  /** Resolves with the update's seq once it is durably stored. */
  append(roomId: string, update: Uint8Array): Promise<number>
  compact(roomId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>
}
