// The session document is written by the server only: a client that writes to it is
// closed with 4403 and changes nothing, while the stock provider syncs and follows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, DEFAULT_SESSION, encodeUpdate, readMoreTimeCount, readSession } from '@roundtable/shared'
import { createRoom, openRawSocket, waitFor, within, type CreatedRoom, type Peer } from './clients.ts'
import { commanded, freshSession, sessionReader } from './facilitation.ts'
import { killAllServers, removeDir, sleep, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let room: CreatedRoom
const peers: Peer[] = []

beforeAll(async () => {
  server = await startServer()
  room = await createRoom(server.url)
})

afterAll(async () => {
  for (const peer of peers) peer.destroy()
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

function crafted(change: (session: Y.Map<unknown>) => void): Uint8Array {
  const doc = new Y.Doc()
  change(doc.getMap('session'))
  return encodeUpdate(Y.encodeStateAsUpdate(doc))
}

describe('the session document', () => {
  it.each([
    ['moves the phase on', (session: Y.Map<unknown>) => session.set('phase', 'vote')],
    ['locks the board', (session: Y.Map<unknown>) => session.set('locked', true)],
    ['publishes tallies', (session: Y.Map<unknown>) => session.set('talliesHidden', false)],
  ])('closes a raw socket that %s with 4403, and stays as it was', async (_what, change) => {
    const before = await freshSession(server, room.id)
    const raw = await openRawSocket(`${server.wsUrl}/session/${room.id}`)
    raw.socket.send(crafted(change))
    expect((await within(raw.closed, 5000, 'the writer to be closed')).code).toBe(CloseCode.ReadOnly)
    expect(await freshSession(server, room.id)).toEqual(before)
  })

  it('syncs with the stock provider, which sees a phase change made over HTTP', async () => {
    const reader = await sessionReader(server, room.id)
    peers.push(reader)
    expect(readSession(reader.doc).phase).toBe(DEFAULT_SESSION.phase)
    await commanded(server, room.id, room.facilitatorKey, { type: 'set-phase', phase: 'add-ideas' })
    await waitFor(() => readSession(reader.doc).phase === 'add-ideas', 5000, 'the reader to see the new phase')
    expect(reader.closes).toEqual([])
  })

  it('lets a stock provider that has followed many changes reconnect without being closed', async () => {
    const reader = await sessionReader(server, room.id)
    peers.push(reader)
    // Each change overwrites a value, so the reader's copy has a growing delete set, which
    // its sync reply repeats on every reconnection.
    for (const phase of ['group', 'vote', 'wrap-up', 'add-ideas'] as const) {
      await commanded(server, room.id, room.facilitatorKey, { type: 'set-phase', phase })
    }
    await waitFor(() => readSession(reader.doc).phase === 'add-ideas', 5000, 'the reader to catch up')
    reader.provider.disconnect()
    reader.provider.connect()
    await waitFor(() => reader.provider.synced, 5000, 'the reader to sync again')
    await commanded(server, room.id, room.facilitatorKey, { type: 'set-show-names', on: true })
    await waitFor(() => readSession(reader.doc).showNames, 5000, 'the reader to see names shown')
    await sleep(200)
    expect(reader.closes).toEqual([])
    expect(readMoreTimeCount(reader.doc)).toBe(0)
  })
})
