// A workshop board with its whole edit history, as the list of Yjs updates that made it:
// ideas added by a few dozen people, each card placed, its words edited twice, moved, and
// some ideas put into themes. Built once, then replayed into each server.
import * as Y from 'yjs'
import { Board, ideaShapeId } from '@roundtable/shared'

export interface BoardHistory {
  updates: Uint8Array[]
  /** Total bytes of the updates. */
  bytes: number
  ideas: number
  /** The state vector of the finished board: a copy holding at least this holds everything. */
  stateVector: Map<number, number>
}

const WORDS = 'more time with carers clear letters quiet room step free access easy read signs named contact evening clinic bus route interpreter follow up call peer support waiting list home visit'.split(' ')
const PEOPLE = 40
const THEMES = 12

export function boardHistory(ideas: number, seed = 7): BoardHistory {
  const random = seeded(seed)
  const words = (count: number) => Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const board = new Board(doc)
  const themes = doc.getMap<Y.Map<unknown>>('themes')
  const people = Array.from({ length: PEOPLE }, (_, n) => ({ clientId: 1000 + n, participantId: `person-${n}` }))

  for (let t = 0; t < THEMES; t++) {
    doc.transact(() => {
      const theme = new Y.Map<unknown>()
      theme.set('name', words(2))
      theme.set('colour', 'teal')
      theme.set('order', t)
      themes.set(`theme-${t}`, theme)
    })
  }
  for (let n = 0; n < ideas; n++) {
    const person = people[n % PEOPLE]!
    // Each person's edits carry their own client id, as they would from their own browser.
    doc.clientID = person.clientId
    const id = board.addIdea({ id: `idea-${n}`, text: words(4 + Math.floor(random() * 8)), authorId: person.participantId, picture: '⭐' })
    const x = (n % 4) * 224
    const y = Math.floor(n / 4) * 164
    doc.transact(() => {
      const card = new Y.Map<unknown>()
      board.canvasMap.set(ideaShapeId(id), card)
      for (const [field, value] of Object.entries({
        id: ideaShapeId(id),
        typeName: 'shape',
        type: 'idea',
        parentId: 'page:page',
        index: `a${n.toString(36)}`,
        x,
        y,
        rotation: 0,
        isLocked: false,
        opacity: 1,
        meta: {},
        props: { w: 200, h: 140, ideaId: id },
      })) {
        card.set(field, value)
      }
    })
    board.editIdea(id, `${board.idea(id)?.text ?? ''} ${words(2)}`)
    board.editIdea(id, `${board.idea(id)?.text ?? ''} ${words(1)}`)
    doc.transact(() => {
      const card = board.canvasMap.get(ideaShapeId(id))
      card?.set('x', x + 10)
      card?.set('y', y + 6)
    })
    if (n % 3 === 0) board.ideasMap.get(id)?.set('themeId', `theme-${n % THEMES}`)
  }
  const stateVector = Y.decodeStateVector(Y.encodeStateVector(doc))
  doc.destroy()
  return { updates, bytes: updates.reduce((sum, update) => sum + update.byteLength, 0), ideas, stateVector }
}

/** True once `doc` holds at least everything `expected` describes. */
export function holdsState(doc: Y.Doc, expected: Map<number, number>): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc))
  for (const [client, clock] of expected) if ((have.get(client) ?? 0) < clock) return false
  return true
}

/** A small deterministic generator, so every server gets the same board. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
