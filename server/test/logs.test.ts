// The real server's log, at its most talkative, after a workshop's worth of traffic: JSON
// lines with room and connection ids, and never a facilitator key, a join code or an idea.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectPeer, createRoom, synced, waitFor, type CreatedRoom, type Peer } from './clients.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

const IDEA = 'My dad needs the bus timetable read out to him'
let server: ServerProcess
let room: CreatedRoom
let lines: Record<string, unknown>[]

beforeAll(async () => {
  server = await startServer({ env: { LOG_LEVEL: 'debug' } })
  room = await createRoom(server.url, { title: 'Getting to the clinic' })
  expect((await fetch(`${server.url}/api/rooms/by-code/${room.code}`)).status).toBe(200)
  const facilitation = await fetch(`${server.url}/api/rooms/${room.id}/facilitator`, { headers: { authorization: `Bearer ${room.facilitatorKey}` } })
  expect(facilitation.status).toBe(200)
  const facilitator: Peer = connectPeer(server.wsUrl, room.id, { key: room.facilitatorKey })
  const participant: Peer = connectPeer(server.wsUrl, room.id)
  await Promise.all([synced(facilitator), synced(participant)])
  participant.doc.getArray<string>('ideas').push([IDEA])
  await waitFor(() => facilitator.doc.getArray('ideas').length === 1, 5000, 'the idea to reach the facilitator')
  facilitator.destroy()
  participant.destroy()
  // Stopping writes the last lines (rooms stored and unloaded, sockets closed).
  expect(await server.stop()).toBe(0)
  lines = server
    .output()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
})

afterAll(async () => {
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

describe('the server log', () => {
  it('is JSON lines with a time, a level label, a scope and a message', () => {
    expect(lines.length).toBeGreaterThan(5)
    for (const line of lines) {
      expect(line).toMatchObject({ time: expect.any(String), level: expect.stringMatching(/^(debug|info|warn|error)$/), scope: expect.any(String), msg: expect.any(String) })
    }
  })

  it('carries room and connection ids', () => {
    expect(lines.some((line) => line.room === room.id && typeof line.connection === 'string')).toBe(true)
  })

  it('never holds the facilitator key, the join code or an idea', () => {
    const output = server.output()
    expect(output).not.toContain(room.facilitatorKey)
    expect(output).not.toContain(room.code)
    expect(output).not.toContain(IDEA)
  })
})
