// Facilitation survives a restart: the session, votes, links (working and revoked) and
// welcome media are all as they were, and a stock provider picks the session up again.
import { afterAll, describe, expect, it } from 'vitest'
import { CloseCode, readSession, readTallies } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, type Peer } from './clients.ts'
import { addIdea, call, command, commanded, freshSession, join, sessionReader } from './facilitation.ts'
import { killAllServers, removeDir, startServer, tempDataDir } from './serverProcess.ts'

const dataDir = tempDataDir()
const peers: Peer[] = []

afterAll(async () => {
  for (const peer of peers) peer.destroy()
  await killAllServers()
  removeDir(dataDir)
})

describe('after a restart', () => {
  it('keeps the session, votes, links and media', async () => {
    const first = await startServer({ dataDir })
    const room = await createRoom(first.url)
    const heron = await join(first, room.id)
    const board = connectPeer(first.wsUrl, room.id)
    const observer = connectPeer(first.wsUrl, room.id)
    peers.push(board, observer)
    await Promise.all([synced(board), synced(observer)])
    const ideaId = await addIdea(board, observer, heron.participantId, 'Evening clinics')

    const kept = (await call(first, 'POST', `/${room.id}/facilitator/links`, { bearer: room.facilitatorKey })).body as { id: string; key: string }
    const dropped = (await call(first, 'POST', `/${room.id}/facilitator/links`, { bearer: room.facilitatorKey })).body as { id: string; key: string }
    expect((await call(first, 'DELETE', `/${room.id}/facilitator/links/${dropped.id}`, { bearer: kept.key })).status).toBe(204)
    await commanded(first, room.id, room.facilitatorKey, { type: 'set-vote-settings', settings: { budget: 2, multiplePerIdea: true, hideTallies: false } })
    await commanded(first, room.id, kept.key, { type: 'set-phase', phase: 'vote' })
    await commanded(first, room.id, kept.key, { type: 'set-lock', locked: true })
    expect((await call(first, 'POST', `/${room.id}/votes`, { bearer: heron.token, json: { ideaId } })).status).toBe(200)
    const picture = await call(first, 'POST', `/${room.id}/welcome-media`, {
      bearer: room.facilitatorKey,
      body: Uint8Array.from([137, 80, 78, 71]),
      contentType: 'image/png',
    })
    const before = await freshSession(first, room.id)
    // A browser that stays open through the restart and reconnects with its old copy.
    const lingering = await sessionReader(first, room.id)
    peers.push(lingering)
    board.provider.destroy()
    observer.provider.destroy()
    expect(await first.stop()).toBe(0)

    const second = await startServer({ dataDir, port: first.port })
    expect(await freshSession(second, room.id)).toEqual(before)
    expect(before).toMatchObject({ phase: 'vote', locked: true, welcome: { pictureId: picture.body.id } })
    const reader = await sessionReader(second, room.id)
    peers.push(reader)
    expect(Object.fromEntries(readTallies(reader.doc) ?? [])).toEqual({ [ideaId]: 1 })

    expect((await call(second, 'GET', `/${room.id}/votes/mine`, { bearer: heron.token })).body).toEqual({ ballot: { [ideaId]: 1 }, dotsLeft: 1 })
    expect((await call(second, 'POST', `/${room.id}/votes`, { bearer: heron.token, json: { ideaId } })).body).toMatchObject({ dotsLeft: 0 })
    expect((await command(second, room.id, dropped.key, { type: 'set-lock', locked: false })).status).toBe(403)
    expect((await commanded(second, room.id, kept.key, { type: 'set-lock', locked: false })).locked).toBe(false)
    await waitFor(() => !readSession(reader.doc).locked, 5000, 'the reader to see the board unlocked')
    await waitFor(() => !readSession(lingering.doc).locked, 10_000, 'the reconnected browser to see the board unlocked')
    expect(lingering.closes[0]).toBe(CloseCode.ServiceRestart)
    expect(lingering.closes).not.toContain(CloseCode.ReadOnly)
    expect((await fetch(`${second.url}/api/rooms/${room.id}/media/${String(picture.body.id)}`)).status).toBe(200)
    expect(reader.closes).toEqual([])
    await second.stop()
  })
})
