// A locked board: participants' edits are dropped and their sockets closed with 4423,
// facilitators (connected with ?key=) edit as usual, and unlocking lets everyone back in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Board, CloseCode, encodeUpdate } from '@roundtable/shared'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, within, type CreatedRoom, type Peer } from './clients.ts'
import { addIdea, commanded, join } from './facilitation.ts'
import { killAllServers, removeDir, sleep, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let room: CreatedRoom
let observer: Peer
let facilitator: Peer
const peers: Peer[] = []

function peer(params: Record<string, string> = {}): Peer {
  const created = connectPeer(server.wsUrl, room.id, params)
  peers.push(created)
  return created
}

beforeAll(async () => {
  server = await startServer()
  room = await createRoom(server.url)
  observer = peer()
  facilitator = peer({ key: room.facilitatorKey })
  await Promise.all([synced(observer), synced(facilitator)])
})

afterAll(async () => {
  for (const each of peers) each.destroy()
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

function craftedIdea(text: string): { id: string; frame: Uint8Array } {
  const doc = new Y.Doc()
  const id = new Board(doc).addIdea({ text, authorId: 'someone', picture: '🦊' })
  return { id, frame: encodeUpdate(Y.encodeStateAsUpdate(doc)) }
}

describe('a locked board', () => {
  it("drops a participant's crafted update and closes them with 4423, while a facilitator's goes through", async () => {
    await commanded(server, room.id, room.facilitatorKey, { type: 'set-lock', locked: true })
    const raw = await openRawSocket(`${server.wsUrl}/${room.id}`)
    const refused = craftedIdea('Sneaked in while locked')
    raw.socket.send(refused.frame)
    expect((await within(raw.closed, 5000, 'the participant to be closed')).code).toBe(CloseCode.BoardLocked)

    const agreedId = await addIdea(facilitator, observer, 'facilitator', 'Agreed wording')
    expect(new Board(observer.doc).idea(agreedId)?.text).toBe('Agreed wording')
    expect(new Board(observer.doc).idea(refused.id)).toBeNull()
    expect(facilitator.closes).toEqual([])

    // A fresh copy from the server has the facilitator's idea and not the refused one.
    const fresh = peer()
    await synced(fresh)
    expect(new Board(fresh.doc).idea(agreedId)).not.toBeNull()
    expect(new Board(fresh.doc).idea(refused.id)).toBeNull()
  })

  it('closes a stock provider that edits with 4423, and an invalid key makes no facilitator', async () => {
    const guesser = peer({ key: 'not-the-key' })
    await synced(guesser)
    const id = new Board(guesser.doc).addIdea({ text: 'Guessing', authorId: 'guesser', picture: '🦉' })
    await waitFor(() => guesser.closes.includes(CloseCode.BoardLocked), 5000, 'the guesser to be closed')
    guesser.destroy()
    await sleep(100)
    expect(new Board(observer.doc).idea(id)).toBeNull()
  })

  it('lets a participant with nothing new reconnect to a locked board', async () => {
    const id = await addIdea(facilitator, observer, 'facilitator', 'Longer visiting hours')
    new Board(facilitator.doc).editIdea(id, 'Longer hours')
    await waitFor(() => new Board(observer.doc).idea(id)?.text === 'Longer hours', 5000, 'the edit to reach the observer')
    // The observer's copy now holds deletions, which its sync reply repeats.
    observer.provider.disconnect()
    observer.provider.connect()
    await waitFor(() => observer.provider.synced, 5000, 'the observer to sync again')
    await sleep(200)
    expect(observer.closes).toEqual([])
  })

  it('still shares awareness on a locked board', async () => {
    const present = peer()
    await synced(present)
    present.provider.awareness.setLocalStateField('participant', { name: 'Wren' })
    await waitFor(
      () => observer.provider.awareness.getStates().get(present.doc.clientID)?.participant?.name === 'Wren',
      5000,
      'awareness to reach the observer',
    )
    expect(present.closes).toEqual([])
  })

  it('lets participants vote on a locked board', async () => {
    const { participantId, token } = await join(server, room.id)
    const ideaId = await addIdea(facilitator, observer, participantId, 'Voting still works')
    await commanded(server, room.id, room.facilitatorKey, { type: 'set-phase', phase: 'vote' })
    const answer = await fetch(`${server.url}/api/rooms/${room.id}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ideaId }),
    })
    expect(answer.status).toBe(200)
  })

  it('lets participants edit again once unlocked', async () => {
    await commanded(server, room.id, room.facilitatorKey, { type: 'set-lock', locked: false })
    const participant = peer()
    await synced(participant)
    const id = await addIdea(participant, observer, 'participant', 'Back to work')
    expect(new Board(observer.doc).idea(id)?.text).toBe('Back to work')
    expect(participant.closes).toEqual([])
  })
})
