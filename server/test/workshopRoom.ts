// A room as a workshop leaves it, for the export and restore tests: named participants,
// themes, ideas with awkward text, canvas records (one large drawing), a name proposal, a
// hidden idea, votes cast in the Vote phase, and the phase moved on so tallies show.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { Board, DocRoot, Themes, ideaShapeId, themeShapeId } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, type CreatedRoom, type Peer } from './clients.ts'
import { call, commanded, join as joinRoom, type Joined } from './facilitation.ts'
import type { ServerProcess } from './serverProcess.ts'

export interface WorkshopRoom {
  room: CreatedRoom
  heron: Joined
  otter: Joined
  ideas: Record<'parking' | 'clinic' | 'letters' | 'arabic' | 'formula' | 'hidden', string>
}

export const BOARD_ROOTS = Object.values(DocRoot)

/** Every root map of a board as JSON: what anyone reading the board sees. */
export function boardContent(doc: Y.Doc): Record<string, unknown> {
  return Object.fromEntries(BOARD_ROOTS.map((name) => [name, doc.getMap(name).toJSON()]))
}

/** A stock y-websocket client's view of a room's board, once synced. */
export async function boardSeenBy(server: ServerProcess, roomId: string): Promise<Record<string, unknown>> {
  const peer = connectPeer(server.wsUrl, roomId)
  try {
    await synced(peer)
    return boardContent(peer.doc)
  } finally {
    peer.destroy()
  }
}

export function roomCount(server: ServerProcess): number {
  const db = new Database(join(server.dataDir, 'roundtable.sqlite'), { readonly: true })
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM rooms').get() as { n: number }).n
  } finally {
    db.close()
  }
}

export async function workshopRoom(server: ServerProcess, options: { hideTallies?: boolean } = {}): Promise<WorkshopRoom> {
  const room = await createRoom(server.url, { title: 'Outpatients: "what matters"', question: 'What would make your visit easier?' })
  const heron = await joinRoom(server, room.id)
  const otter = await joinRoom(server, room.id)
  const author = connectPeer(server.wsUrl, room.id)
  const observer = connectPeer(server.wsUrl, room.id)
  try {
    await Promise.all([synced(author), synced(observer)])
    const board = new Board(author.doc)
    const themes = new Themes(board)
    board.setParticipant({ id: heron.participantId, name: 'Teal Heron', colour: 'teal', picture: '🦦' })
    board.setParticipant({ id: otter.participantId, name: 'Rana "Otter", RN', colour: 'purple', picture: '🌻' })
    const waiting = themes.add({ name: 'Waiting' })
    const letters = themes.add({ name: 'Letters, leaflets' })
    // Ideas written a second apart, so board order never depends on two landing in one millisecond.
    let writtenAt = Date.now()
    const idea = (text: string, by: Joined, themeId: string | null) => {
      writtenAt += 1000
      const id = board.addIdea({ text, authorId: by.participantId, picture: by === heron ? '🦦' : '🌻', createdAt: writtenAt })
      if (themeId) themes.setIdeaTheme(id, themeId)
      return id
    }
    const ideas = {
      parking: idea('Parking is "always" full, so we arrive late', heron, waiting),
      clinic: idea('The clinic runs late\nand nobody tells you', otter, waiting),
      letters: idea('Letters in plain words 🙂', heron, letters),
      arabic: idea('مواعيد أوضح من فضلك', otter, letters),
      formula: idea('=1+1, said nobody', otter, null),
      hidden: idea('A remark the facilitator hid', heron, waiting),
    }
    themes.propose(waiting, 'Time', otter.participantId)
    author.doc.transact(() => {
      board.canvasMap.set(ideaShapeId(ideas.parking), canvasRecord(ideaShapeId(ideas.parking), 'idea', { w: 200, h: 120 }))
      board.canvasMap.set(themeShapeId(waiting), canvasRecord(themeShapeId(waiting), 'frame', { w: 640, h: 480, name: 'Waiting' }))
      // A drawing's points make a board far larger than the API's 16 KB body limit.
      const points = Array.from({ length: 2000 }, (_, i) => ({ x: i, y: (i * 7) % 50, z: 0.5 }))
      board.canvasMap.set('shape:scribble', canvasRecord('shape:scribble', 'draw', { segments: [{ type: 'free', points }] }))
    })
    await waitFor(() => JSON.stringify(boardContent(observer.doc)) === JSON.stringify(boardContent(author.doc)), 10_000, 'the board to reach the server')

    const key = room.facilitatorKey
    await commanded(server, room.id, key, { type: 'set-show-names', on: true })
    await commanded(server, room.id, key, { type: 'set-welcome-text', text: 'Welcome, everyone' })
    await commanded(server, room.id, key, { type: 'hide-idea', ideaId: ideas.hidden, hidden: true })
    const hideTallies = options.hideTallies ?? false
    await commanded(server, room.id, key, { type: 'set-vote-settings', settings: { budget: 3, multiplePerIdea: true, hideTallies } })
    await commanded(server, room.id, key, { type: 'set-phase', phase: 'vote' })
    const votes: [Joined, string][] = [
      [heron, ideas.arabic],
      [heron, ideas.arabic],
      [heron, ideas.letters],
      [otter, ideas.arabic],
      [otter, ideas.parking],
      [otter, ideas.hidden],
    ]
    for (const [who, ideaId] of votes) {
      const answer = await call(server, 'POST', `/${room.id}/votes`, { bearer: who.token, json: { ideaId } })
      if (answer.status !== 200) throw new Error(`a vote answered ${answer.status}: ${JSON.stringify(answer.body)}`)
    }
    return { room, heron, otter, ideas }
  } finally {
    author.destroy()
    observer.destroy()
  }
}

function canvasRecord(id: string, type: string, props: Record<string, unknown>): Y.Map<unknown> {
  const record = new Y.Map<unknown>()
  for (const [key, value] of Object.entries({ id, typeName: 'shape', type, x: 10, y: 20, rotation: 0, index: 'a1', parentId: 'page:page' })) {
    record.set(key, value)
  }
  const nested = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(props)) nested.set(key, value)
  record.set('props', nested)
  record.set('meta', new Y.Map<unknown>())
  return record
}

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = text.startsWith('\uFEFF') ? 1 : 0
  while (i < text.length) {
    const char = text[i]
    const next = text[i + 1]
    i++
    if (quoted && char === '"' && next === '"') {
      cell += '"'
      i++
    } else if (char === '"' && (quoted || cell === '')) {
      quoted = !quoted
    } else if (quoted) {
      cell += char
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && next === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
      i++
    } else {
      cell += char
    }
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (cell !== '' || row.length > 0) throw new Error('the last row does not end in CRLF')
  return rows
}
