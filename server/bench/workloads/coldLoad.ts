// Workload 3: a room holding a big workshop's board with its edit history, opened by a
// newcomer right after a restart, so the server must load it from storage first.
import * as Y from 'yjs'
import { Board } from '@roundtable/shared'
import { loadRoom } from '../load/loadRoom.ts'
import { RawClient } from '../load/RawClient.ts'
import { wireFor } from '../load/wire.ts'
import { medianOfRuns } from '../stats.ts'
import { directoryBytes } from '../proc.ts'
import { freePort, sleep } from '../targets/childServer.ts'
import { socketUrl, type RunningTarget, type Target } from '../targets/Target.ts'
import { holdsState, type BoardHistory } from './boardHistory.ts'

export interface ColdLoadResult {
  ideas: number
  historyUpdates: number
  historyBytes: number
  /** Connect to holding the whole board, one per restart, in order. */
  runsMs: number[]
  medianMs: number | null
  /**
   * The same for a second newcomer while the first is still there, so the room is in memory:
   * what is left once loading from storage is taken away. Cold minus warm is the server's load.
   */
  warmRunsMs: number[]
  warmMedianMs: number | null
  /** Bytes the newcomer received. */
  receivedBytes: number
  /** Every run's copy held every idea. */
  converged: boolean
  /** What went wrong in a run that did not complete. */
  problem: string | null
  /** How long writing the history into the server took (not a target figure). */
  replayMs: number
}

export async function coldLoad(target: Target, dataDir: string, history: BoardHistory, runs: number): Promise<ColdLoadResult> {
  let running: RunningTarget = await target.start(dataDir, await freePort())
  let room: string
  let warmupRoom: string
  const replayStarted = performance.now()
  try {
    room = await running.createRoom()
    await replay(running, room, history.updates, history.stateVector)
    // A tenth of the same board in a room of its own, opened first after each restart so the
    // server's code is warm (as on a server that has been up for a while) when the big room loads.
    warmupRoom = await running.createRoom()
    const prefix = history.updates.slice(0, Math.ceil(history.updates.length / 10))
    await replay(running, warmupRoom, prefix, Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(prefix))))
    // Servers that store in the background (Hocuspocus after its last client leaves) get to finish.
    await directorySettled(dataDir)
  } finally {
    await running.server.stop()
  }
  const replayMs = performance.now() - replayStarted

  const runsMs: number[] = []
  const warmRunsMs: number[] = []
  let receivedBytes = 0
  let converged = true
  let problem: string | null = null
  for (let run = 0; run < runs; run++) {
    running = await target.start(dataDir, await freePort())
    try {
      const warmup = await loadRoom(running, warmupRoom, { quietMs: 300 })
      warmup.doc.destroy()
      const complete = (doc: Y.Doc) => holdsState(doc, history.stateVector)
      const loaded = await loadRoom(running, room, { complete, stayConnected: true })
      try {
        runsMs.push(loaded.ms)
        receivedBytes = loaded.receivedBytes
        const warm = await loadRoom(running, room, { complete })
        warmRunsMs.push(warm.ms)
        warm.doc.destroy()
      } finally {
        loaded.close()
      }
      const ideas = new Board(loaded.doc).ideas().length
      if (ideas !== history.ideas) {
        converged = false
        problem = `${ideas} of ${history.ideas} ideas arrived`
      }
      loaded.doc.destroy()
    } catch (error) {
      runsMs.push(Number.NaN)
      converged = false
      problem = (error as Error).message
    } finally {
      await running.server.stop()
    }
  }
  return {
    ideas: history.ideas,
    historyUpdates: history.updates.length,
    historyBytes: history.bytes,
    runsMs,
    medianMs: medianOfRuns(runsMs),
    warmRunsMs,
    warmMedianMs: medianOfRuns(warmRunsMs),
    receivedBytes,
    converged,
    problem,
    replayMs,
  }
}

/** Writes `updates` into the room one by one, and resolves once the server has taken them all. */
async function replay(running: RunningTarget, room: string, updates: readonly Uint8Array[], stateVector: Map<number, number>): Promise<void> {
  const writer = await RawClient.connect({ url: socketUrl(running, room), room, wire: wireFor(running.target.dialect) })
  try {
    for (const update of updates) {
      writer.sendUpdate(update)
      await writer.drained()
    }
    // Asking for what we lack (nothing) makes a small answer that comes after every update.
    await writer.syncPoint(Y.encodeStateVector(stateVector))
  } finally {
    writer.close()
  }
}

/** Waits until the directory has not changed size for a second (at most 30 s). */
async function directorySettled(dir: string): Promise<void> {
  let size = directoryBytes(dir)
  for (let waited = 0; waited < 30_000; waited += 1000) {
    await sleep(1000)
    const now = directoryBytes(dir)
    if (now === size) return
    size = now
  }
}
