// Workload 2: many rooms with a few people each, then nobody doing anything: what a room and
// a connection cost in server memory. Measured in three steps, each after a full GC in the
// server (see peers/memoryProbe.ts): no connections, one client per room, three per room.
// One client per room is the room's cost plus one connection's; the two clients added per
// room after that are connections alone, so the two can be told apart.
import { connectMany, RawClient } from '../load/RawClient.ts'
import { connectRealClient, waitUntil } from '../load/realClient.ts'
import { wireFor } from '../load/wire.ts'
import { sleep, type MemoryUsage } from '../targets/childServer.ts'
import { socketUrl, type RunningTarget } from '../targets/Target.ts'

export interface IdleRoomsOptions {
  rooms: number
  clientsPerRoom: number
  /** How long the server is left alone before its memory is read. */
  settleMs: number
}

export interface IdleRoomsResult {
  rooms: number
  connections: number
  /** Resident memory, bytes. */
  rssPerRoom: number
  rssPerConnection: number
  /** JavaScript heap plus memory outside it held by JavaScript objects (buffers), bytes. */
  heapPerRoom: number
  heapPerConnection: number
  /** Whole-process resident memory with every client connected. */
  rssTotal: number
  gcAvailable: boolean
  converged: boolean
}

export async function idleRooms(running: RunningTarget, options: IdleRoomsOptions): Promise<IdleRoomsResult> {
  const wire = wireFor(running.target.dialect)
  const rooms: string[] = []
  const clients: RawClient[] = []
  try {
    const names = await inParallel(options.rooms, 8, () => running.createRoom())
    rooms.push(...names)
    const measure = async (): Promise<MemoryUsage> => {
      await sleep(options.settleMs)
      return running.server.memory()
    }
    const join = (room: string, index: number) =>
      RawClient.connect({ url: socketUrl(running, room), room, wire }).then((client) => {
        // A person is present: one awareness state each, as a browser sends on joining.
        client.setAwareness({ user: { name: `Person ${index}`, colour: 'teal' } })
        return client
      })

    const empty = await measure()
    clients.push(...(await connectMany(rooms.length, 50, (index) => join(rooms[index]!, index))))
    const oneEach = await measure()
    const extra = options.clientsPerRoom - 1
    clients.push(...(await connectMany(rooms.length * extra, 50, (index) => join(rooms[index % rooms.length]!, index))))
    const full = await measure()

    const perConnection = (field: (usage: MemoryUsage) => number) => (field(full) - field(oneEach)) / (rooms.length * extra)
    const perRoom = (field: (usage: MemoryUsage) => number) => (field(oneEach) - field(empty)) / rooms.length - perConnection(field)
    const heap = (usage: MemoryUsage) => usage.heapUsed + usage.external
    const rss = (usage: MemoryUsage) => usage.rss

    // Two editors in one of the idle rooms still see each other's edits.
    const room = rooms[0]!
    const editors = [connectRealClient(running, room), connectRealClient(running, room)] as const
    let converged = true
    try {
      await Promise.all(editors.map((editor) => editor.synced()))
      editors[0].doc.getMap('bench').set('hello', 'from the first editor')
      await waitUntil(() => editors[1].doc.getMap('bench').get('hello') === 'from the first editor', 10_000, 'the edit to arrive')
    } catch {
      converged = false
    } finally {
      for (const editor of editors) editor.destroy()
    }
    return {
      rooms: rooms.length,
      connections: clients.length,
      rssPerRoom: perRoom(rss),
      rssPerConnection: perConnection(rss),
      heapPerRoom: perRoom(heap),
      heapPerConnection: perConnection(heap),
      rssTotal: full.rss,
      gcAvailable: full.collected,
      converged,
    }
  } finally {
    for (const client of clients) client.close()
  }
}

async function inParallel<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++
        results[index] = await task(index)
      }
    }),
  )
  return results
}
