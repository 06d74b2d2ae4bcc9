// Bad frames, oversized frames, unknown rooms and silent peers each close one socket with
// a clear code, while people in the same room carry on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, Limits, encodeUpdate } from '@roundtable/shared'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, within, type Peer } from './clients.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let roomId: string
let alice: Peer
let bob: Peer

beforeAll(async () => {
  server = await startServer({ env: { PING_INTERVAL_MS: '200' } })
  roomId = (await createRoom(server.url)).id
  alice = connectPeer(server.wsUrl, roomId)
  bob = connectPeer(server.wsUrl, roomId)
  await Promise.all([synced(alice), synced(bob)])
})

afterAll(async () => {
  alice?.destroy()
  bob?.destroy()
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

function validUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getArray('ideas').push(['A buddy for first visits'])
  return encodeUpdate(Y.encodeStateAsUpdate(doc))
}

let ideaCount = 0
async function roomStillSyncs(): Promise<void> {
  const idea = `still working ${++ideaCount}`
  alice.doc.getArray<string>('ideas').push([idea])
  await waitFor(() => bob.doc.getArray<string>('ideas').toArray().includes(idea), 5000, `bob to see "${idea}"`)
  expect(alice.closes).toEqual([])
  expect(bob.closes).toEqual([])
}

describe('a socket that breaks the protocol', () => {
  it.each([
    ['garbage bytes', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
    ['an unknown message type', Uint8Array.from([7, 1, 2, 3])],
    ['a truncated update', validUpdate().slice(0, 10)],
  ])('is closed with 4400 for %s, and the room carries on', async (_what, frame) => {
    const raw = await openRawSocket(`${server.wsUrl}/${roomId}`)
    raw.socket.send(frame)
    const closed = await within(raw.closed, 5000, 'the bad socket to close')
    expect(closed.code).toBe(CloseCode.MalformedMessage)
    expect(closed.reason.length).toBeGreaterThan(0)
    await roomStillSyncs()
  })

  it('is closed with 4400 for a text frame', async () => {
    const raw = await openRawSocket(`${server.wsUrl}/${roomId}`)
    raw.socket.send('hello')
    expect((await within(raw.closed, 5000, 'the text socket to close')).code).toBe(CloseCode.MalformedMessage)
    await roomStillSyncs()
  })

  it('is closed with 1009 for a frame over the size limit', async () => {
    const raw = await openRawSocket(`${server.wsUrl}/${roomId}`)
    raw.socket.send(new Uint8Array(Limits.maxMessageBytes + 1))
    expect((await within(raw.closed, 5000, 'the oversized socket to close')).code).toBe(CloseCode.MessageTooBig)
    await roomStillSyncs()
  })

  it('is closed with 4408 when it stops answering pings', async () => {
    const raw = await openRawSocket(`${server.wsUrl}/${roomId}`, { autoPong: false })
    expect((await within(raw.closed, 5000, 'the silent socket to close')).code).toBe(CloseCode.KeepaliveTimeout)
    await roomStillSyncs()
  })
})

describe('a socket for a room that does not exist', () => {
  it.each([['an unknown room id', 'AAAAAAAAAAAAAAAAAAAAAA'], ['text that is not a room id', 'not-a-room']])(
    'is accepted, then closed with 4404 for %s',
    async (_what, id) => {
      const raw = await openRawSocket(`${server.wsUrl}/${id}`)
      expect(await within(raw.closed, 5000, 'the socket to close')).toEqual({
        code: CloseCode.RoomNotFound,
        reason: 'room not found',
      })
    },
  )

  it('makes the stock provider stop reconnecting', async () => {
    const lost = connectPeer(server.wsUrl, 'BBBBBBBBBBBBBBBBBBBBBB')
    const closedWith: number[] = []
    lost.provider.on('closed', (event) => closedWith.push(event.code))
    await waitFor(() => closedWith.length > 0, 5000, 'the provider to give up')
    expect(closedWith).toEqual([CloseCode.RoomNotFound])
    expect(lost.provider.shouldConnect).toBe(false)
    lost.destroy()
  })
})
