// Gathers the updates of every room received during one event-loop turn and appends them
// to storage in one transaction, so a busy server commits once per turn, not once per edit.
import { createLogger, errorMessage } from '../logger.ts'
import type { DocumentName, Storage, UpdateEntry } from './Storage.ts'

const log = createLogger('storage')

interface Pending extends UpdateEntry {
  resolve(seq: number): void
  reject(error: unknown): void
}

export class UpdateBatcher {
  private queue: Pending[] = []
  private scheduled = false
  /** The batch being written; batches are written one after another, in order. */
  private writing: Promise<void> = Promise.resolve()

  constructor(private readonly storage: Pick<Storage, 'appendUpdates'>) {}

  /** Resolves with the update's seq once it is committed; rejects if its batch failed. */
  append(roomId: string, doc: DocumentName, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ roomId, doc, update, resolve, reject })
      if (!this.scheduled) {
        this.scheduled = true
        // setImmediate runs after the I/O callbacks of this turn, so every frame that
        // arrived together lands in the same batch.
        setImmediate(() => this.writeQueued())
      }
    })
  }

  /** Resolves when everything appended so far has been written (or has failed). */
  async flush(): Promise<void> {
    if (this.queue.length > 0) this.writeQueued()
    await this.writing
  }

  private writeQueued(): void {
    this.scheduled = false
    const batch = this.queue
    if (batch.length === 0) return
    this.queue = []
    this.writing = this.writing.then(() => this.write(batch))
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      const seqs = await this.storage.appendUpdates(batch)
      batch.forEach((entry, i) => entry.resolve(seqs[i] ?? 0))
    } catch (error) {
      const rooms = new Set(batch.map((entry) => entry.roomId)).size
      log.error('could not append updates', { error: errorMessage(error), updates: batch.length, rooms })
      for (const entry of batch) entry.reject(error)
    }
  }
}
