import { Board, type Participant, Themes, ideaShapeId, themeShapeId } from '@roundtable/shared'
import type { TLShape, TLShapeId, TLStore } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CanvasBinding } from '../sync/CanvasBinding.ts'
import { IdeaCards } from '../sync/IdeaCards.ts'
import { createTestStore } from '../sync/testStore.ts'
import { ThemeFrames } from '../sync/ThemeFrames.ts'
import { boardChanges } from './boardChanges.ts'

const ana: Participant = { id: 'ana', name: 'Teal Otter', colour: 'teal', picture: '🦦' }

function listPerson() {
  const doc = new Y.Doc()
  const board = new Board(doc)
  const themes = new Themes(board)
  let changes = 0
  doc.on('update', () => changes++)
  return { doc, board, themes, changes: () => changes, list: boardChanges(board, themes, () => ana) }
}

/** Someone with the canvas open: cards and frames follow the board, as in a browser. */
function canvasPerson(): { doc: Y.Doc; store: TLStore } {
  const doc = new Y.Doc()
  const board = new Board(doc)
  const themes = new Themes(board)
  const store = createTestStore()
  let cards: IdeaCards | null = null
  let frames: ThemeFrames | null = null
  const binding = new CanvasBinding(store, board, {
    onLocalChanges: (diff) => {
      cards?.onLocalChanges(diff)
      frames?.onLocalChanges(diff)
    },
  })
  cards = new IdeaCards(board, store, binding, () => 'ben')
  frames = new ThemeFrames(board, themes, store, binding)
  binding.start()
  cards.start()
  frames.start()
  return { doc, store }
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'server')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'server')
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('board changes without a canvas', () => {
  it('reveals private ideas in one change, as this person, with one time for all and no empty ones', () => {
    const person = listPerson()
    person.list.publishIdeas(['More chairs', '  ', 'Quiet room', 'Signs in Polish'])
    const ideas = person.board.ideas()
    expect(ideas.map((idea) => idea.text).sort()).toEqual(['More chairs', 'Quiet room', 'Signs in Polish'])
    expect(new Set(ideas.map((idea) => idea.createdAt)).size).toBe(1)
    expect(ideas.every((idea) => idea.authorId === 'ana' && idea.picture === '🦦')).toBe(true)
    expect(person.changes()).toBe(1)
  })

  it('makes a theme and moves ideas into it and out again', () => {
    const person = listPerson()
    const idea = person.board.addIdea({ text: 'Shorter waits', authorId: 'ben', picture: '🦉' })
    const waiting = person.list.addTheme('Waiting')
    expect(person.themes.get(waiting ?? '')?.name).toBe('Waiting')
    person.list.moveIdeas([idea], waiting)
    expect(person.board.idea(idea)?.themeId).toBe(waiting)
    person.list.moveIdeas([idea], null)
    expect(person.board.idea(idea)?.themeId).toBeNull()
  })

  it('refuses a theme with no name', () => {
    expect(listPerson().list.addTheme('   ')).toBeNull()
  })

  it('accepts a suggested theme with its ideas in one change', () => {
    const person = listPerson()
    const ideas = [person.board.addIdea({ text: 'Ramps', authorId: 'ben', picture: '🦉' }), person.board.addIdea({ text: 'Lifts', authorId: 'ben', picture: '🦉' })]
    const before = person.changes()
    const access = person.list.acceptSuggestion({ name: 'Access', ideaIds: ideas })
    expect(person.changes()).toBe(before + 1)
    expect(ideas.map((id) => person.board.idea(id)?.themeId)).toEqual([access, access])
  })

  it('deletes a theme and keeps its ideas', () => {
    const person = listPerson()
    const idea = person.board.addIdea({ text: 'Ramps', authorId: 'ben', picture: '🦉' })
    const access = person.list.addTheme('Access') as string
    person.list.moveIdeas([idea], access)
    person.list.deleteTheme(access)
    expect(person.themes.list()).toEqual([])
    expect(person.board.idea(idea)?.themeId).toBeNull()
  })

  it('shows on someone else’s canvas: the new idea gets a card and the new theme a frame, with the card inside', async () => {
    const person = listPerson()
    const canvas = canvasPerson()
    exchange(person.doc, canvas.doc)
    person.list.publishIdeas(['Shorter waits'])
    const waiting = person.list.addTheme('Waiting') as string
    exchange(person.doc, canvas.doc)
    await settle()
    const ideaId = person.board.ideas()[0]?.id as string
    expect(canvas.store.get(ideaShapeId(ideaId) as TLShapeId)).toBeDefined()
    expect(canvas.store.get(themeShapeId(waiting) as TLShapeId)).toBeDefined()

    person.list.moveIdeas([ideaId], waiting)
    exchange(person.doc, canvas.doc)
    await settle()
    expect((canvas.store.get(ideaShapeId(ideaId) as TLShapeId) as TLShape | undefined)?.parentId).toBe(themeShapeId(waiting))
  })
})
