// Nothing anyone has seen is lost when the server is killed outright (kill -9) mid-stream:
// every update is stored before it is relayed.
import { afterAll, describe, expect, it } from 'vitest'
import { connectPeer, createRoom, synced, waitFor, type Peer } from './clients.ts'
import { killAllServers, removeDir, sleep, startServer, tempDataDir } from './serverProcess.ts'

const MAX_UPDATES = 20_000
const SEEN_BEFORE_KILL = 300

const dataDir = tempDataDir()
const peers: Peer[] = []

afterAll(async () => {
  for (const each of peers) each.destroy()
  await killAllServers()
  removeDir(dataDir)
})

describe('kill -9 mid-stream', () => {
  it('loses none of the updates an observer had received', async () => {
    const server = await startServer({ dataDir })
    const room = await createRoom(server.url)
    const writer = connectPeer(server.wsUrl, room.id)
    const observer = connectPeer(server.wsUrl, room.id)
    peers.push(writer, observer)
    await Promise.all([synced(writer), synced(observer)])

    // The writer adds one numbered idea per update, a few per event-loop turn, like a
    // busy workshop; it stops when the server dies or after MAX_UPDATES.
    const ideas = writer.doc.getArray<number>('ideas')
    let sent = 0
    let serverAlive = true
    const streaming = (async () => {
      while (serverAlive && sent < MAX_UPDATES) {
        for (let i = 0; i < 3 && sent < MAX_UPDATES; i++) ideas.push([sent++])
        await sleep(1)
      }
    })()

    const observed = observer.doc.getArray<number>('ideas')
    await waitFor(() => observed.length >= SEEN_BEFORE_KILL, 20_000, `the observer to see ${SEEN_BEFORE_KILL} ideas`)
    await server.kill()
    serverAlive = false
    await streaming
    // Nothing more can reach the observer; stop both before anything could reconnect and
    // re-send the writer's unsaved updates to the next server.
    writer.provider.destroy()
    observer.provider.destroy()
    const seen = new Set(observed.toArray())
    expect(seen.size).toBeGreaterThanOrEqual(SEEN_BEFORE_KILL)
    expect(sent).toBeGreaterThan(seen.size)

    const restarted = await startServer({ dataDir })
    const fresh = connectPeer(restarted.wsUrl, room.id)
    peers.push(fresh)
    await synced(fresh)
    const recovered = new Set(fresh.doc.getArray<number>('ideas').toArray())
    const lost = [...seen].filter((idea) => !recovered.has(idea))
    expect(lost).toEqual([])
    await restarted.stop()
  })
})
