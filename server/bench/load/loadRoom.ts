// Opens a room as a newcomer would and times how long until it holds the whole document:
// from just before the socket is opened to the arrival of the message that completed it
// (applying that last message on this side is not counted).
import * as Y from 'yjs'
import { now, RawClient } from './RawClient.ts'
import { wireFor } from './wire.ts'
import { socketUrl, type RunningTarget } from '../targets/Target.ts'

export interface LoadedRoom {
  doc: Y.Doc
  /** Milliseconds from connecting to holding everything. */
  ms: number
  receivedBytes: number
  /** Closes the newcomer's socket (done already unless `stayConnected`). */
  close(): void
}

export interface LoadRoomOptions {
  /** True once the copy holds everything expected. Without it: sync step 2 and then `quietMs` with nothing new. */
  complete?: (doc: Y.Doc) => boolean
  quietMs?: number
  timeoutMs?: number
  /** Keep the socket open afterwards, e.g. so the server keeps the room in memory. */
  stayConnected?: boolean
}

export async function loadRoom(running: RunningTarget, room: string, options: LoadRoomOptions = {}): Promise<LoadedRoom> {
  const doc = new Y.Doc()
  const timeoutMs = options.timeoutMs ?? 60_000
  const quietMs = options.quietMs ?? 1000
  let completedAt: number | null = null
  let lastArrival = 0
  const started = now()
  // Some servers answer sync step 1 before their storage has loaded and send the stored
  // document afterwards as an update, so every update counts, not only sync step 2.
  const client = await RawClient.connect({
    url: socketUrl(running, room),
    room,
    wire: wireFor(running.target.dialect),
    connectTimeoutMs: timeoutMs,
    onUpdate: (update, receivedAt) => {
      Y.applyUpdate(doc, update)
      lastArrival = receivedAt
      if (completedAt === null && options.complete?.(doc)) completedAt = receivedAt
    },
  })
  let done = false
  try {
    const deadline = started + timeoutMs
    if (options.complete) {
      while (completedAt === null) {
        if (now() > deadline) throw new Error(`the room was not complete after ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    } else {
      while (now() - lastArrival < quietMs) {
        if (now() > deadline) throw new Error(`the room kept changing for ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      completedAt = lastArrival
    }
    done = true
    return { doc, ms: completedAt - started, receivedBytes: client.receivedBytes, close: () => client.close() }
  } finally {
    if (!done || !options.stayConnected) client.close()
  }
}
