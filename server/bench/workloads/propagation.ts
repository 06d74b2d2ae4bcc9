// Workload 1: one room, N clients, each making a small edit twice a second and updating its
// awareness once a second. Latency is measured at a sample of receivers from the sender's
// timestamp carried in the edit; the server's CPU time is read from /proc over each window.
import * as Y from 'yjs'
import { cpuSeconds } from '../proc.ts'
import { connectMany, now, RawClient } from '../load/RawClient.ts'
import { connectRealClient, sameDocument, waitUntil } from '../load/realClient.ts'
import { wireFor } from '../load/wire.ts'
import { medianOfRuns, percentile } from '../stats.ts'
import { socketUrl, type RunningTarget } from '../targets/Target.ts'

export interface PropagationOptions {
  clients: number
  warmupMs: number
  windowMs: number
  windows: number
  /** Receivers that decode every update to measure latency; the rest only read their socket. */
  measuringReceivers: number
}

export interface PropagationWindow {
  p50Ms: number
  p99Ms: number
  samples: number
  edits: number
  serverCpuMicrosPerEdit: number
  serverCpuPercent: number
  generatorCpuPercent: number
}

export interface PropagationResult {
  clients: number
  windows: PropagationWindow[]
  p50Ms: number | null
  p99Ms: number | null
  serverCpuMicrosPerEdit: number | null
  editsPerSecond: number | null
  generatorCpuPercent: number | null
  converged: boolean
}

const EDIT_EVERY_MS = 500
const AWARENESS_EVERY_MS = 1000
/** Marks the benchmark's value in an edit: the sender's clock, then its edit number. */
const STAMP = 'sent@'

export async function propagation(running: RunningTarget, options: PropagationOptions): Promise<PropagationResult> {
  const room = await running.createRoom()
  const wire = wireFor(running.target.dialect)
  const url = socketUrl(running, room)
  const observers = [connectRealClient(running, room), connectRealClient(running, room)]
  const timers: NodeJS.Timeout[] = []
  let clients: RawClient[] = []
  try {
    await Promise.all(observers.map((observer) => observer.synced()))
    const latencies: number[] = []
    // The measuring receivers are spread over the connection order.
    const stride = Math.max(1, Math.floor(options.clients / options.measuringReceivers))
    const measures = (index: number) => index % stride === 0 && index / stride < options.measuringReceivers
    clients = await connectMany(options.clients, 25, async (index) => {
      const client = await RawClient.connect({ url, room, wire })
      if (measures(index)) client.listen((update, receivedAt) => collectLatency(update, receivedAt, client.doc.clientID, latencies))
      return client
    })
    let edits = 0
    const lastEdit = new Map<string, string>()
    for (const [index, client] of clients.entries()) {
      const key = String(client.doc.clientID)
      const map = client.doc.getMap<string>('bench')
      let seq = 0
      const edit = () => {
        seq++
        const value = `${STAMP}${now()}:${seq}`
        client.edit(() => map.set(key, value))
        lastEdit.set(key, value)
        edits++
      }
      const awareness = () =>
        client.setAwareness({ user: { name: `Person ${index}`, colour: 'teal' }, cursor: { x: Math.random() * 1000, y: Math.random() * 800 } })
      timers.push(setTimeout(() => timers.push(setInterval(edit, EDIT_EVERY_MS)), Math.random() * EDIT_EVERY_MS))
      timers.push(setTimeout(() => timers.push(setInterval(awareness, AWARENESS_EVERY_MS)), Math.random() * AWARENESS_EVERY_MS))
    }
    await sleep(options.warmupMs)

    const windows: PropagationWindow[] = []
    for (let w = 0; w < options.windows; w++) {
      latencies.length = 0
      const edits0 = edits
      const server0 = cpuSeconds(running.server.pid)
      const generator0 = process.cpuUsage()
      const started = now()
      await sleep(options.windowMs)
      const seconds = (now() - started) / 1000
      const serverCpu = cpuSeconds(running.server.pid) - server0
      const generator = process.cpuUsage(generator0)
      const windowEdits = edits - edits0
      const sample = [...latencies]
      windows.push({
        p50Ms: percentile(sample, 50),
        p99Ms: percentile(sample, 99),
        samples: sample.length,
        edits: windowEdits,
        serverCpuMicrosPerEdit: windowEdits > 0 ? (serverCpu * 1e6) / windowEdits : Number.NaN,
        serverCpuPercent: (serverCpu / seconds) * 100,
        generatorCpuPercent: ((generator.user + generator.system) / 1e6 / seconds) * 100,
      })
    }
    for (const timer of timers) clearInterval(timer)

    // Everyone, the two editors included, must end with every client's last edit.
    let converged = true
    try {
      await waitUntil(
        () =>
          observers.every((observer) => {
            const map = observer.doc.getMap<string>('bench')
            for (const [key, value] of lastEdit) if (map.get(key) !== value) return false
            return true
          }) && sameDocument(observers[0]!.doc, observers[1]!.doc),
        20_000,
        'both editors to hold every last edit',
      )
    } catch {
      converged = false
    }
    const runs = (pick: (window: PropagationWindow) => number) => medianOfRuns(windows.map(pick))
    return {
      clients: options.clients,
      windows,
      p50Ms: runs((w) => w.p50Ms),
      p99Ms: runs((w) => w.p99Ms),
      serverCpuMicrosPerEdit: runs((w) => w.serverCpuMicrosPerEdit),
      editsPerSecond: runs((w) => w.edits / (options.windowMs / 1000)),
      generatorCpuPercent: runs((w) => w.generatorCpuPercent),
      converged,
    }
  } finally {
    for (const timer of timers) clearInterval(timer)
    for (const client of clients) client?.close()
    for (const observer of observers) observer.destroy()
  }
}

/** Adds the latency of every stamped edit in `update`, except the receiver's own edits echoed back. */
function collectLatency(update: Uint8Array, receivedAt: number, receiver: number, into: number[]): void {
  const { structs } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || struct.id.client === receiver) continue
    for (const value of struct.content.getContent()) {
      if (typeof value !== 'string' || !value.startsWith(STAMP)) continue
      const sentAt = Number(value.slice(STAMP.length, value.indexOf(':', STAMP.length)))
      into.push(receivedAt - sentAt)
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
