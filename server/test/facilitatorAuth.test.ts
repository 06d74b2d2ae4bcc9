// Facilitation needs a working facilitator key: without one, with a wrong one or with a
// revoked co-facilitator's, requests are refused and the session does not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRoom, type CreatedRoom } from './clients.ts'
import { call, command, commanded, freshSession } from './facilitation.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let room: CreatedRoom

beforeAll(async () => {
  server = await startServer()
  room = await createRoom(server.url)
})

afterAll(async () => {
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

const lockCommand = { type: 'set-lock', locked: true }

async function newLink(key: string): Promise<{ id: string; key: string }> {
  const answer = await call(server, 'POST', `/${room.id}/facilitator/links`, { bearer: key })
  expect(answer.status).toBe(201)
  return answer.body as { id: string; key: string }
}

describe('facilitator keys', () => {
  it('refuses a command without a key (401) or with a wrong one (403), leaving the session as it was', async () => {
    const before = await freshSession(server, room.id)
    const missing = await command(server, room.id, undefined, lockCommand)
    expect(missing.status).toBe(401)
    expect(String(missing.body.error)).toMatch(/facilitator/)
    const wrong = await command(server, room.id, 'x'.repeat(43), lockCommand)
    expect(wrong.status).toBe(403)
    const otherRoom = await createRoom(server.url)
    expect((await command(server, room.id, otherRoom.facilitatorKey, lockCommand)).status).toBe(403)
    expect(await freshSession(server, room.id)).toEqual(before)
  })

  it('answers 400 for a command that is not one, and 200 with the session for one that is', async () => {
    expect((await command(server, room.id, room.facilitatorKey, { type: 'set-phase', phase: 'lunch' })).status).toBe(400)
    expect((await command(server, room.id, room.facilitatorKey, 'set-phase')).status).toBe(400)
    const session = await commanded(server, room.id, room.facilitatorKey, { type: 'timer', timer: { op: 'start', ms: 300_000 } })
    expect(session.timer).toMatchObject({ status: 'running', durationMs: 300_000 })
    expect((await freshSession(server, room.id)).timer).toEqual(session.timer)
  })

  it('answers 404 for a room that does not exist', async () => {
    expect((await command(server, 'AAAAAAAAAAAAAAAAAAAAAA', room.facilitatorKey, lockCommand)).status).toBe(404)
  })

  it('lists the working links, marking the one in use', async () => {
    const check = await call(server, 'GET', `/${room.id}/facilitator`, { bearer: room.facilitatorKey })
    expect(check.status).toBe(200)
    expect(check.body.links).toEqual([{ id: expect.any(String), createdAt: expect.stringMatching(/^\d{4}-/), current: true }])
    expect((await call(server, 'GET', `/${room.id}/facilitator`)).status).toBe(401)
    expect((await call(server, 'GET', `/${room.id}/facilitator`, { bearer: 'wrong' })).status).toBe(403)
  })

  it('gives a co-facilitator link that works until it is revoked', async () => {
    const answer = await call(server, 'POST', `/${room.id}/facilitator/links`, { bearer: room.facilitatorKey })
    expect(answer.status).toBe(201)
    const link = answer.body as { id: string; key: string; facilitatorPath: string; facilitatorUrl: string }
    expect(link.facilitatorPath).toBe(`/r/${room.id}#key=${link.key}`)
    expect(link.facilitatorUrl).toBe(`${server.url}/r/${room.id}#key=${link.key}`)

    expect((await commanded(server, room.id, link.key, { type: 'set-show-names', on: true })).showNames).toBe(true)
    const listed = await call(server, 'GET', `/${room.id}/facilitator`, { bearer: link.key })
    expect((listed.body.links as { id: string; current: boolean }[]).map((each) => [each.id === link.id, each.current])).toEqual([
      [false, false],
      [true, true],
    ])

    const revoked = await call(server, 'DELETE', `/${room.id}/facilitator/links/${link.id}`, { bearer: room.facilitatorKey })
    expect(revoked.status).toBe(204)
    const before = await freshSession(server, room.id)
    expect((await command(server, room.id, link.key, { type: 'set-show-names', on: false })).status).toBe(403)
    expect((await call(server, 'GET', `/${room.id}/facilitator`, { bearer: link.key })).status).toBe(403)
    expect(await freshSession(server, room.id)).toEqual(before)
  })

  it('will not revoke the link making the request (409), nor an unknown one (404)', async () => {
    const second = await newLink(room.facilitatorKey)
    const own = await call(server, 'DELETE', `/${room.id}/facilitator/links/${second.id}`, { bearer: second.key })
    expect(own.status).toBe(409)
    expect((await commanded(server, room.id, second.key, { type: 'reveal' })).revealRound).toBeGreaterThan(0)
    expect((await call(server, 'DELETE', `/${room.id}/facilitator/links/0000000000000000`, { bearer: second.key })).status).toBe(404)
    expect((await call(server, 'DELETE', `/${room.id}/facilitator/links/${second.id}`)).status).toBe(401)
  })
})
