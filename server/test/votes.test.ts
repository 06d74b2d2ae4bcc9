// Dot voting over HTTP: open only in the Vote phase, one budget for everyone, one dot per
// idea unless the facilitator allows more, and tallies withheld while they are hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SessionRoot, readSession, readTallies } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, type CreatedRoom, type Peer } from './clients.ts'
import { addIdea, call, commanded, join, sessionReader, type Joined } from './facilitation.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let room: CreatedRoom
let board: Peer
let reader: Peer
let heron: Joined
let otter: Joined
const ideas: string[] = []

beforeAll(async () => {
  server = await startServer()
  room = await createRoom(server.url)
  board = connectPeer(server.wsUrl, room.id)
  const observer = connectPeer(server.wsUrl, room.id)
  await Promise.all([synced(board), synced(observer)])
  heron = await join(server, room.id)
  otter = await join(server, room.id)
  for (const text of ['Parking', 'Easy-read letters', 'A named nurse']) ideas.push(await addIdea(board, observer, heron.participantId, text))
  observer.destroy()
  reader = await sessionReader(server, room.id)
})

afterAll(async () => {
  board?.destroy()
  reader?.destroy()
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

const first = () => ideas[0] ?? ''
const second = () => ideas[1] ?? ''
const third = () => ideas[2] ?? ''
const vote = (who: Joined | string, ideaId: string) =>
  call(server, 'POST', `/${room.id}/votes`, { bearer: typeof who === 'string' ? who : who.token, json: { ideaId } })
const unvote = (who: Joined, ideaId: string) => call(server, 'DELETE', `/${room.id}/votes/${ideaId}`, { bearer: who.token })
const mine = (who: Joined) => call(server, 'GET', `/${room.id}/votes/mine`, { bearer: who.token })
const settings = (budget: number, multiplePerIdea: boolean, hideTallies: boolean) =>
  commanded(server, room.id, room.facilitatorKey, { type: 'set-vote-settings', settings: { budget, multiplePerIdea, hideTallies } })
const phase = (to: string) => commanded(server, room.id, room.facilitatorKey, { type: 'set-phase', phase: to })

describe('dot voting', () => {
  it('refuses votes outside the Vote phase with 409 voting-closed', async () => {
    const answer = await vote(heron, first())
    expect(answer).toEqual({ status: 409, body: { error: expect.any(String), reason: 'voting-closed' } })
    expect((await mine(heron)).body).toEqual({ ballot: {}, dotsLeft: 3 })
  })

  it('keeps to the budget and to one dot per idea, and lets a dot be taken back', async () => {
    await settings(2, false, true)
    await phase('vote')
    expect(await vote(heron, first())).toEqual({ status: 200, body: { ballot: { [first()]: 1 }, dotsLeft: 1 } })
    expect((await vote(heron, first())).body.reason).toBe('already-voted')
    expect((await vote(heron, second())).body).toEqual({ ballot: { [first()]: 1, [second()]: 1 }, dotsLeft: 0 })
    const spent = await vote(heron, third())
    expect([spent.status, spent.body.reason]).toEqual([409, 'budget-spent'])

    expect(await unvote(heron, second())).toEqual({ status: 200, body: { ballot: { [first()]: 1 }, dotsLeft: 1 } })
    expect((await unvote(heron, second())).body.reason).toBe('no-vote-to-take-back')
    expect((await vote(heron, third())).status).toBe(200)
    expect((await mine(heron)).body).toEqual({ ballot: { [first()]: 1, [third()]: 1 }, dotsLeft: 0 })
  })

  it('answers 404 for an idea that is not on the board', async () => {
    expect((await vote(otter, 'no-such-idea')).status).toBe(404)
  })

  it('withholds tallies while they are hidden and voting is open', async () => {
    expect((await vote(otter, first())).status).toBe(200)
    // Updates reach the reader in order, so once this one has, any tallies would have too.
    await commanded(server, room.id, room.facilitatorKey, { type: 'set-welcome-text', text: 'marker' })
    await waitFor(() => readSession(reader.doc).welcome.text === 'marker', 5000, 'the marker to reach the reader')
    expect(reader.doc.getMap(SessionRoot.session).get('talliesHidden')).toBe(true)
    expect(reader.doc.getMap(SessionRoot.tallies).size).toBe(0)
    expect(readTallies(reader.doc)).toBeNull()
  })

  it('publishes the tallies when the phase leaves Vote', async () => {
    await phase('wrap-up')
    await waitFor(() => readTallies(reader.doc) !== null, 5000, 'tallies to be published')
    expect(Object.fromEntries(readTallies(reader.doc) ?? [])).toEqual({ [first()]: 2, [third()]: 1 })
    const closed = await unvote(otter, first())
    expect([closed.status, closed.body.reason]).toEqual([409, 'voting-closed'])
  })

  it('shows tallies live while voting when they are not hidden, and allows several dots per idea when set', async () => {
    await settings(3, true, false)
    await phase('vote')
    expect((await vote(otter, second())).status).toBe(200)
    expect((await vote(otter, second())).body).toMatchObject({ ballot: { [first()]: 1, [second()]: 2 }, dotsLeft: 0 })
    await waitFor(() => readTallies(reader.doc)?.get(second()) === 2, 5000, 'live tallies')
  })

  it('refuses a forged participant token (403) and a missing one (401)', async () => {
    const forged = `${heron.participantId}.${'A'.repeat(43)}`
    expect((await vote(forged, third())).status).toBe(403)
    expect((await call(server, 'GET', `/${room.id}/votes/mine`, { bearer: forged })).status).toBe(403)
    expect((await call(server, 'POST', `/${room.id}/votes`, { json: { ideaId: third() } })).status).toBe(401)
    const otherRoom = await createRoom(server.url)
    const stranger = await join(server, otherRoom.id)
    expect((await vote(stranger, third())).status).toBe(403)
    expect((await mine(heron)).body).toEqual({ ballot: { [first()]: 1, [third()]: 1 }, dotsLeft: 1 })
  })
})
