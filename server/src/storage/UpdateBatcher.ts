// Gathers the updates of every room received during one event-loop turn and appends them
// to storage in one transaction, so a busy server commits once per turn, not once per edit.
import { createLogger, errorMessage } from '../logger.ts'
import type { DocumentName, Storage, UpdateEntry } from './Storage.ts'

const log = createLogger('storage')

interface Pending extends UpdateEntry {
  resolve(seq: number): void
  reject(error: unknown): void
}

export interface AppendStatus {
  /** False from a failed append until the next one succeeds. */
  ok: boolean
  /** When appends started failing (ms since the epoch), or null. */
  failingSince: number | null
}

export class UpdateBatcher {
  private queue: Pending[] = []
  private scheduled = false
  /** The batch being written; batches are written one after another, in order. */
  private writing: Promise<void> = Promise.resolve()
  private failingSince: number | null = null

  constructor(private readonly storage: Pick<Storage, 'appendUpdates'>) {}

  get status(): AppendStatus {
    return { ok: this.failingSince === null, failingSince: this.failingSince }
  }

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
    const error = await this.tryToWrite(batch)
    if (error === null) return
    const rooms = byRoom(batch)
    if (rooms.length === 1) return this.failed(batch, error)
    // One room's updates may be what fails (say, a room deleted a moment ago): write each
    // room's own, so the others are not refused with it. Two rooms failing means storage
    // itself is failing; the rest are refused without waiting on it again for each.
    let failures = 0
    let lastError = error
    for (const entries of rooms) {
      const roomError = failures >= 2 ? lastError : await this.tryToWrite(entries)
      if (roomError === null) continue
      failures++
      lastError = roomError
      this.failed(entries, roomError)
    }
  }

  /** Null when written; the error otherwise, with nothing settled. */
  private async tryToWrite(entries: Pending[]): Promise<unknown> {
    let seqs: number[]
    try {
      seqs = await this.storage.appendUpdates(entries)
    } catch (error) {
      return error ?? new Error('append failed')
    }
    if (this.failingSince !== null) {
      log.info('appending updates works again', { failedForMs: Date.now() - this.failingSince })
      this.failingSince = null
    }
    entries.forEach((entry, i) => entry.resolve(seqs[i] ?? 0))
    return null
  }

  private failed(entries: Pending[], error: unknown): void {
    const fields = { error: errorMessage(error), updates: entries.length, room: entries[0]?.roomId }
    // Rooms retry while storage is down: one line when it starts failing, the rest at debug.
    if (this.failingSince === null) log.error('could not append updates', fields)
    else log.debug('could not append updates', fields)
    this.failingSince ??= Date.now()
    for (const entry of entries) entry.reject(error)
  }
}

function byRoom(batch: Pending[]): Pending[][] {
  const rooms = new Map<string, Pending[]>()
  for (const entry of batch) {
    const entries = rooms.get(entry.roomId)
    if (entries) entries.push(entry)
    else rooms.set(entry.roomId, [entry])
  }
  return [...rooms.values()]
}
