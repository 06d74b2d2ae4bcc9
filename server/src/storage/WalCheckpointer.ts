// Runs SQLite's write-ahead-log checkpoints on a thread of their own, with a connection of
// their own to the database file. A checkpoint copies the log's pages into the database file
// and waits for the disk; run inside a commit on the main thread (SQLite's automatic
// checkpoint), it held up every room on the server for about 20 ms every few seconds under
// load. The main connection turns automatic checkpoints off and asks for them here instead.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/**
 * PASSIVE copies what it can without waiting for anyone. TRUNCATE copies everything and
 * empties the log file, so no earlier copy of a page stays in it; it waits for a commit under
 * way to finish, and holds new commits back while it runs.
 */
export type CheckpointMode = 'PASSIVE' | 'TRUNCATE'

export interface CheckpointResult {
  /** 1 when readers or a writer kept the checkpoint from finishing. */
  busy: number
  /** Pages in the log, and how many of them are now in the database file. */
  log: number
  checkpointed: number
}

/** How long a TRUNCATE checkpoint waits for a commit or a read under way (this thread only waits). */
export const CHECKPOINT_BUSY_TIMEOUT_MS = 2000

// Plain CommonJS, run as the worker's script: no build step, whatever runs the server.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = ${CHECKPOINT_BUSY_TIMEOUT_MS}')
parentPort.on('message', (request) => {
  if (request.close) {
    db.close()
    parentPort.close()
    return
  }
  try {
    const [result] = db.pragma('wal_checkpoint(' + request.mode + ')')
    parentPort.postMessage({ id: request.id, result })
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: String((error && error.message) || error) })
  }
})
`

interface Reply {
  id: number
  result?: CheckpointResult
  error?: string
}

export class WalCheckpointer {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve(result: CheckpointResult): void; reject(error: Error): void }>()
  private nextId = 1
  private closed: Promise<void> | null = null
  private failure: Error | null = null

  constructor(file: string) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3')
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver } })
    // A checkpoint in flight keeps the process alive; an idle checkpointer does not.
    this.worker.unref()
    this.worker.on('message', (reply: Reply) => this.settle(reply))
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => this.fail(new Error(`the checkpoint thread stopped (exit code ${code})`)))
  }

  /** Runs a checkpoint; rejects if it failed or the thread is gone. */
  checkpoint(mode: CheckpointMode): Promise<CheckpointResult> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.closed) return Promise.reject(new Error('the checkpoint thread is closed'))
    const id = this.nextId++
    const result = new Promise<CheckpointResult>((resolve, reject) => this.waiting.set(id, { resolve, reject }))
    if (this.waiting.size === 1) this.worker.ref()
    this.worker.postMessage({ id, mode })
    return result
  }

  /** Lets checkpoints under way finish, then closes the thread's connection. */
  close(): Promise<void> {
    this.closed ??= this.failure
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          this.worker.once('exit', () => resolve())
          this.worker.ref()
          this.worker.postMessage({ close: true })
        })
    return this.closed
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.id)
    if (!waiter) return
    this.waiting.delete(reply.id)
    if (this.waiting.size === 0 && !this.closed) this.worker.unref()
    if (reply.result) waiter.resolve(reply.result)
    else waiter.reject(new Error(reply.error ?? 'the checkpoint failed'))
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const waiter of this.waiting.values()) waiter.reject(this.failure)
    this.waiting.clear()
  }
}
