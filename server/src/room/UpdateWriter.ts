// Writes one room document's updates to its store and, when storage fails, keeps trying
// the ones that could not be written, pausing longer each time. Meanwhile the room refuses
// edits: the outage is logged once when it starts (with the cause) and once when it ends.
import { errorMessage, type Logger } from '../logger.ts'
import type { RoomStore } from './RoomConnection.ts'

export interface StorageRetry {
  /** Pause before the first retry; each later pause doubles, up to maxMs. */
  firstMs: number
  maxMs: number
}

export const DEFAULT_STORAGE_RETRY: StorageRetry = { firstMs: 250, maxMs: 10_000 }

/** One attempt to write an update; `attempt` numbers them in the order they were made. */
export type Written = { ok: true; seq: number } | { ok: false; error: unknown; attempt: number }

export class UpdateWriter {
  /** When the outage began, or null while storage works. */
  private failingSince: number | null = null
  private wake: (() => void) | null = null
  private stopped = false
  private attempts = 0
  /** The number of the latest attempt that succeeded. */
  private lastWritten = 0

  constructor(
    private readonly roomId: string,
    private readonly store: RoomStore,
    private readonly log: Logger,
    private readonly retry: StorageRetry = DEFAULT_STORAGE_RETRY,
  ) {}

  /** True from a confirmed failure until an update is written again. */
  get failing(): boolean {
    return this.failingSince !== null
  }

  /** Never rejects: a failure is a result. */
  attempt(update: Uint8Array): Promise<Written> {
    const attempt = ++this.attempts
    return this.store.append(this.roomId, update).then(
      (seq) => {
        this.lastWritten = Math.max(this.lastWritten, attempt)
        return { ok: true as const, seq }
      },
      (error: unknown) => ({ ok: false as const, error, attempt }),
    )
  }

  /**
   * Keeps trying to write an update whose attempt failed. `onOutage` runs once the failure
   * is confirmed (not one from before storage came back). Resolves with its seq once
   * written, or null when stopped before it could be.
   */
  async writeAfterFailure(update: Uint8Array, failed: Written & { ok: false }, onOutage: () => void): Promise<number | null> {
    // A later attempt has got through since this one failed (a cut connection, replaced at
    // once): storage works, so try again at once before calling it an outage.
    if (this.lastWritten > failed.attempt) {
      const again = await this.attempt(update)
      if (again.ok) return again.seq
      failed = again
    }
    this.began(failed.error)
    onOutage()
    for (let retry = 0; ; retry++) {
      // After an earlier update got through, storage is back: try at once.
      if (this.failing) await this.pause(retry)
      const result = await this.attempt(update)
      if (result.ok) {
        this.recovered()
        return result.seq
      }
      this.began(result.error)
      if (this.stopped) {
        this.log.error('stopping with an update that could not be stored; its author’s browser still has it')
        return null
      }
    }
  }

  /** Shutting down: no more pausing; a failing update gets one last attempt. */
  stop(): void {
    this.stopped = true
    this.wake?.()
  }

  private began(error: unknown): void {
    if (this.failingSince !== null) return
    this.failingSince = Date.now()
    this.log.error('storage failed: refusing edits until an update can be stored again', { error: errorMessage(error) })
  }

  private recovered(): void {
    if (this.failingSince === null) return
    this.log.info('storage is back: accepting edits again', { unavailableMs: Date.now() - this.failingSince })
    this.failingSince = null
  }

  private async pause(retry: number): Promise<void> {
    if (this.stopped) return
    const ms = Math.min(this.retry.firstMs * 2 ** retry, this.retry.maxMs)
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      this.wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
    this.wake = null
  }
}
