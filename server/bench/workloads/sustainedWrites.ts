// Workload 4: people typing steadily into one room. Measures how many bytes reach storage
// per byte of update (write amplification), then kills the server with SIGKILL mid-stream
// and counts the edits an onlooker had already seen that are missing after a restart.
import { loadRoom } from '../load/loadRoom.ts'
import { connectMany, RawClient } from '../load/RawClient.ts'
import { connectRealClient } from '../load/realClient.ts'
import { wireFor } from '../load/wire.ts'
import { directoryBytes, storageWriteBytes } from '../proc.ts'
import { freePort, sleep } from '../targets/childServer.ts'
import { socketUrl, type RunningTarget, type Target } from '../targets/Target.ts'

export interface SustainedWritesOptions {
  writers: number
  editsPerSecondEach: number
  warmupMs: number
  durationMs: number
}

export interface SustainedWritesResult {
  durationMs: number
  edits: number
  updateBytes: number
  /** write_bytes of the server process over the window, divided by the update bytes. */
  writeAmplification: number
  /** Growth of the data directory over the window, divided by the update bytes. */
  growthAmplification: number
  /** Edits the onlooker had seen when the server was killed. */
  seen: number
  /** Of those, missing after the restart. */
  lost: number
  /** The onlooker's copy and the reloaded room agree on everything the onlooker saw. */
  converged: boolean
}

export async function sustainedWrites(target: Target, dataDir: string, options: SustainedWritesOptions): Promise<SustainedWritesResult> {
  let running: RunningTarget = await target.start(dataDir, await freePort())
  const room = await running.createRoom()
  const wire = wireFor(target.dialect)
  const onlooker = connectRealClient(running, room)
  const timers: NodeJS.Timeout[] = []
  let writers: RawClient[] = []
  let edits = 0
  let result: Omit<SustainedWritesResult, 'seen' | 'lost' | 'converged'>
  const seen = new Map<string, string[]>()
  try {
    await onlooker.synced()
    writers = await connectMany(options.writers, 10, () => RawClient.connect({ url: socketUrl(running, room), room, wire }))
    const every = 1000 / options.editsPerSecondEach
    for (const writer of writers) {
      const text = writer.doc.getText(typingName(writer.doc.clientID))
      let seq = 0
      // Each edit types one numbered token, so every edit can be found again later.
      const type = () => {
        seq++
        writer.edit(() => text.insert(text.length, `${seq};`))
        edits++
      }
      timers.push(setTimeout(() => timers.push(setInterval(type, every)), Math.random() * every))
    }
    await sleep(options.warmupMs)
    const pid = running.server.pid
    const written0 = storageWriteBytes(pid)
    const size0 = directoryBytes(dataDir)
    const bytes0 = writers.reduce((sum, writer) => sum + writer.sentUpdateBytes, 0)
    const edits0 = edits
    const started = performance.now()
    await sleep(options.durationMs)
    const written = storageWriteBytes(pid) - written0
    const grown = directoryBytes(dataDir) - size0
    const updateBytes = writers.reduce((sum, writer) => sum + writer.sentUpdateBytes, 0) - bytes0
    result = {
      durationMs: performance.now() - started,
      edits: edits - edits0,
      updateBytes,
      writeAmplification: written / updateBytes,
      growthAmplification: grown / updateBytes,
    }
    // Mid-stream, with the writers still typing.
    await running.server.kill()
  } finally {
    for (const timer of timers) clearInterval(timer)
    for (const writer of writers) {
      seen.set(typingName(writer.doc.clientID), [])
      writer.terminate()
    }
    // What the onlooker held when the server died is what people had seen; it must not
    // reconnect and hand it back to the restarted server.
    onlooker.destroy()
    await running.server.kill()
  }
  for (const name of seen.keys()) seen.set(name, tokens(onlooker.doc.getText(name).toString()))

  running = await target.start(dataDir, await freePort())
  try {
    const reloaded = await loadRoom(running, room)
    let seenCount = 0
    let lost = 0
    for (const [name, seenTokens] of seen) {
      const kept = new Set(tokens(reloaded.doc.getText(name).toString()))
      seenCount += seenTokens.length
      for (const token of seenTokens) if (!kept.has(token)) lost++
    }
    const converged = lost === 0 && [...seen.keys()].every((name) => reloaded.doc.getText(name).toString().startsWith(onlooker.doc.getText(name).toString()))
    reloaded.doc.destroy()
    return { ...result, seen: seenCount, lost, converged }
  } finally {
    await running.server.stop()
    onlooker.doc.destroy()
  }
}

function typingName(clientId: number): string {
  return `typing-${clientId}`
}

function tokens(text: string): string[] {
  return text.split(';').filter((token) => token !== '')
}
