// /metrics against the real server: people editing a room move the counters, gauges and
// storage timings that an operator's dashboard is built on, in well-formed Prometheus text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, type Peer } from './clients.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'
import { parseMetricsText, sampleValue, type ParsedMetrics } from '../src/metrics/parseMetricsText.ts'

let server: ServerProcess
const peers: Peer[] = []

beforeAll(async () => {
  server = await startServer()
})

afterAll(async () => {
  for (const peer of peers) peer.destroy()
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

async function scrape(): Promise<ParsedMetrics> {
  const response = await fetch(`${server.url}/metrics`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
  return parseMetricsText(await response.text())
}

/** A metric's value; a missing one fails the test here rather than comparing undefined. */
function value(metrics: ParsedMetrics, name: string, labels: Record<string, string> = {}): number {
  const found = sampleValue(metrics, name, labels)
  if (found === undefined) throw new Error(`/metrics has no ${name} ${JSON.stringify(labels)}`)
  return found
}

describe('/metrics', () => {
  it('moves with a room, its people and their edits', async () => {
    const before = await scrape()
    expect(value(before, 'roundtable_rooms_live')).toBe(0)
    expect(value(before, 'roundtable_connections')).toBe(0)

    const room = await createRoom(server.url, { title: 'Waiting room' })
    const alice = connectPeer(server.wsUrl, room.id)
    const bob = connectPeer(server.wsUrl, room.id)
    peers.push(alice, bob)
    await Promise.all([synced(alice), synced(bob)])
    const ideas = ['Chairs that are easy to get up from', 'A clock you can see from every seat', 'Water within reach']
    for (const idea of ideas) alice.doc.getArray<string>('ideas').push([idea])
    await waitFor(() => bob.doc.getArray('ideas').length === ideas.length, 5000, 'bob to see every idea')

    const after = await scrape()
    expect(value(after, 'roundtable_rooms_live')).toBe(1)
    expect(value(after, 'roundtable_connections')).toBe(2)
    // Each push is one update; the providers' first syncs may add more.
    const updates = value(after, 'roundtable_updates_total') - value(before, 'roundtable_updates_total')
    expect(updates).toBeGreaterThanOrEqual(ideas.length)
    const ideaBytes = ideas.reduce((sum, idea) => sum + idea.length, 0)
    expect(value(after, 'roundtable_update_bytes_total') - value(before, 'roundtable_update_bytes_total')).toBeGreaterThan(ideaBytes)
    expect(value(after, 'roundtable_messages_total', { type: 'update' })).toBeGreaterThanOrEqual(ideas.length)
    expect(value(after, 'roundtable_messages_total', { type: 'sync-step-1' })).toBeGreaterThanOrEqual(2)
    expect(value(after, 'roundtable_received_bytes_total')).toBeGreaterThan(ideaBytes)
    // Bob was sent every idea.
    expect(value(after, 'roundtable_sent_bytes_total')).toBeGreaterThan(ideaBytes)
    // Every update was stored before it was relayed, and storage calls were timed.
    const appends = value(after, 'roundtable_storage_seconds_count', { operation: 'appendUpdates' })
    expect(appends).toBeGreaterThanOrEqual(1)
    expect(value(after, 'roundtable_storage_seconds_bucket', { operation: 'appendUpdates', le: '+Inf' })).toBe(appends)
    expect(value(after, 'roundtable_storage_seconds_count', { operation: 'createRoom' })).toBe(1)
    expect(value(after, 'roundtable_errors_total', { kind: 'storage' })).toBe(0)
    expect(value(after, 'process_resident_memory_bytes')).toBeGreaterThan(0)
  })

  it('counts a malformed frame as an error', async () => {
    const before = await scrape()
    const room = await createRoom(server.url)
    const raw = await openRawSocket(`${server.wsUrl}/${room.id}`)
    raw.socket.send(Uint8Array.from([7, 1, 2, 3]))
    await raw.closed
    const after = await scrape()
    const kind = { kind: 'malformed-frame' }
    expect(value(after, 'roundtable_errors_total', kind) - value(before, 'roundtable_errors_total', kind)).toBe(1)
    expect(value(after, 'roundtable_messages_total', { type: 'malformed' })).toBeGreaterThanOrEqual(1)
  })
})
