// A fixed board for the outcome tests: fixed ids and times, themes, canvas records, and
// ideas whose text tries every format's edge (commas, quotes, newlines, formulas, markup,
// emoji, Arabic), with tallies that order the themes differently from the board.
import * as Y from 'yjs'
import { Board, ideaShapeId } from '../board/Board.ts'
import { Themes, themeShapeId } from '../board/themes.ts'
import type { OutcomeInput } from './outcome.ts'

const at = (iso: string) => Date.parse(iso)

export function fixtureBoard(): Board {
  const doc = new Y.Doc()
  doc.clientID = 1001
  const board = new Board(doc)
  const themes = new Themes(board)
  board.setParticipant({ id: 'p-heron', name: 'Teal Heron', colour: 'teal', picture: '🦦' })
  board.setParticipant({ id: 'p-wren', name: 'Rana "Wren", RN', colour: 'purple', picture: '🌻' })
  themes.add({ id: 't-waiting', name: 'Waiting', colour: 'light-blue' })
  themes.add({ id: 't-letters', name: 'Letters & *leaflets*', colour: 'yellow' })
  themes.add({ id: 't-food', name: 'Food', colour: 'orange' })
  const idea = (id: string, text: string, authorId: string, picture: string, iso: string, themeId: string | null) => {
    board.addIdea({ id, text, authorId, picture, createdAt: at(iso) })
    if (themeId) themes.setIdeaTheme(id, themeId)
  }
  idea('i-01', 'Parking is "always" full, so we arrive late', 'p-heron', '🦦', '2024-03-01T10:00:00.000Z', 't-waiting')
  idea('i-02', 'The clinic runs late\nand nobody tells you', 'p-wren', '🌻', '2024-03-01T10:01:00.000Z', 't-waiting')
  idea('i-03', '=HYPERLINK("http://x.example","click") 🙂', 'p-heron', '🦦', '2024-03-01T10:02:00.000Z', 't-letters')
  idea('i-04', 'مواعيد أوضح من فضلك', 'p-wren', '🌻', '2024-03-01T10:03:00.000Z', 't-letters')
  idea('i-05', '- bring a friend', 'p-heron', '🦦', '2024-03-01T10:04:00.000Z', null)
  idea('i-06', '# *not* a heading [link](x) <b>bold</b> & 1_000', 'p-wren', '🌻', '2024-03-01T10:05:00.000Z', null)
  idea('i-07', 'A remark the facilitator hid', 'p-heron', '🦦', '2024-03-01T10:06:00.000Z', 't-waiting')
  idea('i-08', '@everyone café 👋🏽, thanks!', 'p-gone', '🐝', '2024-03-01T10:07:00.000Z', 't-letters')
  idea('i-09', '1. Tell us first', 'p-wren', '🌻', '2024-03-01T10:08:00.000Z', null)
  themes.propose('t-waiting', 'Time', 'p-wren')
  doc.transact(() => {
    board.canvasMap.set(ideaShapeId('i-01'), canvasRecord(ideaShapeId('i-01'), 'idea', 120, 80, { w: 200, h: 120 }))
    board.canvasMap.set(themeShapeId('t-waiting'), canvasRecord(themeShapeId('t-waiting'), 'frame', 0, 0, { w: 640, h: 480, name: 'Waiting' }))
  })
  return board
}

/** A tldraw record stored field by field, `props` and `meta` as nested maps (as the client writes it). */
function canvasRecord(id: string, type: string, x: number, y: number, props: Record<string, unknown>): Y.Map<unknown> {
  const record = new Y.Map<unknown>()
  for (const [key, value] of Object.entries({ id, typeName: 'shape', type, x, y, rotation: 0, index: 'a1', parentId: 'page:page' })) {
    record.set(key, value)
  }
  const nestedProps = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(props)) nestedProps.set(key, value)
  record.set('props', nestedProps)
  record.set('meta', new Y.Map<unknown>())
  return record
}

export const FIXTURE_TALLIES: ReadonlyMap<string, number> = new Map([
  ['i-01', 3],
  ['i-02', 2],
  ['i-03', 2],
  ['i-04', 4],
  ['i-06', 1],
  ['i-07', 5],
  ['i-09', 1],
  ['no-longer-on-the-board', 7],
])

export function fixtureInput(showNames = false): OutcomeInput {
  return {
    tallies: FIXTURE_TALLIES,
    showNames,
    hiddenIdeaIds: ['i-07'],
    title: 'Outpatients: "what matters", together',
    question: 'What would make\nyour clinic visit easier?',
  }
}
