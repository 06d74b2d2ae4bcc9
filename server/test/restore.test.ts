// Restoring a backup into a new room: the board arrives exactly as it was, with the session
// and the tallies; a damaged backup is refused and makes no room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BACKUP_BYTES, readTallies } from '@roundtable/shared'
import type { CreatedRoom } from './clients.ts'
import { call, commanded, freshSession, join, sessionReader } from './facilitation.ts'
import { RESTORES_PER_WINDOW } from '../src/http/restoreRoutes.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'
import { boardSeenBy, roomCount, workshopRoom, type WorkshopRoom } from './workshopRoom.ts'

let server: ServerProcess
let workshop: WorkshopRoom
let backupText: string
let restored: CreatedRoom

beforeAll(async () => {
  server = await startServer()
  workshop = await workshopRoom(server)
  await commanded(server, workshop.room.id, workshop.room.facilitatorKey, { type: 'set-phase', phase: 'wrap-up' })
  backupText = await (await download(workshop.room, '/export.json')).text()
})

afterAll(async () => {
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

function download(room: CreatedRoom, path: string): Promise<Response> {
  return fetch(`${server.url}/api/rooms/${room.id}${path}`, { headers: { authorization: `Bearer ${room.facilitatorKey}` } })
}

/** Restores so far from this test's address: every one counts towards the rate limit. */
let restores = 0
const restore = (body: string | Uint8Array<ArrayBuffer>) => {
  restores++
  return fetch(`${server.url}/api/rooms/restore`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
}

describe('restoring a backup', () => {
  it('makes a new room, with its own id, code and facilitator key, answered like POST /api/rooms', async () => {
    expect(backupText.length).toBeGreaterThan(16 * 1024)
    const before = roomCount(server)
    const answer = await restore(backupText)
    expect(answer.status).toBe(201)
    restored = (await answer.json()) as CreatedRoom
    expect(Object.keys(restored).sort()).toEqual(
      ['code', 'facilitatorKey', 'facilitatorPath', 'facilitatorUrl', 'id', 'participantPath', 'participantUrl', 'question', 'title'].sort(),
    )
    expect(restored).toMatchObject({ title: 'Outpatients: "what matters"', question: 'What would make your visit easier?' })
    expect(restored.id).not.toBe(workshop.room.id)
    expect(restored.code).not.toBe(workshop.room.code)
    expect(restored.facilitatorPath).toBe(`/r/${restored.id}#key=${restored.facilitatorKey}`)
    expect(roomCount(server)).toBe(before + 1)
  })

  it('holds a board that a stock client sees exactly as the original', async () => {
    const original = await boardSeenBy(server, workshop.room.id)
    expect(Object.keys(original.ideas as object)).toHaveLength(6)
    expect(await boardSeenBy(server, restored.id)).toEqual(original)
  })

  it('holds the session and publishes the same tallies', async () => {
    const original = await freshSession(server, workshop.room.id)
    expect(await freshSession(server, restored.id)).toEqual(original)
    const [before, after] = await Promise.all([sessionReader(server, workshop.room.id), sessionReader(server, restored.id)])
    expect(readTallies(after.doc)).toEqual(readTallies(before.doc))
    expect(readTallies(after.doc)?.get(workshop.ideas.arabic)).toBe(3)
    before.destroy()
    after.destroy()
  })

  it('exports what the original exports, apart from the time of the backup', async () => {
    for (const path of ['/export.csv', '/export.md']) {
      expect([path, await (await download(restored, path)).text()]).toEqual([path, await (await download(workshop.room, path)).text()])
    }
    const easyRead = async (room: CreatedRoom) => (await download(room, '/easy-read')).json()
    expect(await easyRead(restored)).toEqual(await easyRead(workshop.room))
    const { exportedAt: _a, ...again } = (await (await download(restored, '/export.json')).json()) as Record<string, unknown>
    const { exportedAt: _b, ...first } = JSON.parse(backupText) as Record<string, unknown>
    expect(again).toEqual(first)
  })

  it('counts new votes on top of the restored ones, which use up nobody’s budget', async () => {
    const key = restored.facilitatorKey
    await commanded(server, restored.id, key, { type: 'set-phase', phase: 'vote' })
    const wren = await join(server, restored.id)
    const vote = await call(server, 'POST', `/${restored.id}/votes`, { bearer: wren.token, json: { ideaId: workshop.ideas.arabic } })
    expect(vote.body).toEqual({ ballot: { [workshop.ideas.arabic]: 1 }, dotsLeft: 2 })
    const back = await call(server, 'DELETE', `/${restored.id}/votes/${workshop.ideas.letters}`, { bearer: wren.token })
    expect(back.body.reason).toBe('no-vote-to-take-back')
    const reader = await sessionReader(server, restored.id)
    expect(readTallies(reader.doc)?.get(workshop.ideas.arabic)).toBe(4)
    reader.destroy()
  })
})

describe('a damaged or foreign backup', () => {
  const good = () => JSON.parse(backupText) as Record<string, unknown>
  const flipped = () => {
    // Damage the middle of the board's bytes, as a bad copy or a hand edit would.
    const bytes = Buffer.from(String(good().board), 'base64')
    bytes.fill(0xff, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 24)
    return bytes.toString('base64')
  }

  it.each([
    ['not JSON', () => '{"format": "roundtable-backup", '],
    ['another format', () => JSON.stringify({ ...good(), format: 'whiteboard' })],
    ['a later version', () => JSON.stringify({ ...good(), version: 2 })],
    ['a board that is not base64', () => JSON.stringify({ ...good(), board: '%%%' })],
    ['a board whose bytes are damaged', () => JSON.stringify({ ...good(), board: flipped() })],
  ])('is refused with 400 and a reason when it is %s, and makes no room', async (_what, body) => {
    const before = roomCount(server)
    const answer = await restore(body())
    expect(answer.status).toBe(400)
    expect(((await answer.json()) as { error: string }).error).toMatch(/backup/)
    expect(roomCount(server)).toBe(before)
  })

  it('is refused with 413 when it is over the size limit', async () => {
    const before = roomCount(server)
    const answer = await restore(new Uint8Array(MAX_BACKUP_BYTES + 1))
    expect(answer.status).toBe(413)
    expect(roomCount(server)).toBe(before)
  })
})

describe('restoring often', () => {
  it('is refused with 429 and Retry-After past the limit per address, before the body is read', async () => {
    while (restores < RESTORES_PER_WINDOW) expect((await restore('{}')).status).toBe(400)
    const before = roomCount(server)
    const answer = await restore(backupText)
    expect(answer.status).toBe(429)
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(roomCount(server)).toBe(before)
  })
})
