// Stand-ins for a Room's connections and store, for unit tests: a connection that records
// what it was sent, and a store whose appends wait until the test lets them through.
import { parseMessage, type ClientMessage } from '@roundtable/shared'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'

export class FakeConnection implements RoomConnection {
  readonly received: ClientMessage[] = []
  closed: { code: number; reason: string } | null = null
  constructor(readonly id: string) {}
  send(frame: Uint8Array): void {
    const parsed = parseMessage(frame)
    if (!parsed.ok) throw new Error(`room sent an unreadable frame: ${parsed.error}`)
    this.received.push(parsed.message)
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason }
  }
  kinds(): string[] {
    return this.received.map((message) => message.kind)
  }
  clear(): void {
    this.received.length = 0
  }
}

/** A store whose appends wait until the test lets them through. */
export class HeldStore implements RoomStore {
  private seq = 0
  readonly held: { update: Uint8Array; resolve: (seq: number) => void; reject: (error: Error) => void }[] = []
  readonly compactions: { snapshot: Uint8Array; upToSeq: number }[] = []
  append(_roomId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => this.held.push({ update, resolve, reject }))
  }
  releaseAll(): void {
    for (const entry of this.held.splice(0)) entry.resolve(++this.seq)
  }
  failAll(): void {
    for (const entry of this.held.splice(0)) entry.reject(new Error('disk full'))
  }
  async compact(_roomId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.compactions.push({ snapshot, upToSeq })
  }
}

export const settle = () => new Promise((resolve) => setImmediate(resolve))

/** Waits, a millisecond at a time and at most `timeoutMs`, until `condition` holds. */
export async function until(condition: () => boolean, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}
