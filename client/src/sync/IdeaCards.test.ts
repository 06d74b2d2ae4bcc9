import { Board, ideaShapeId } from '@roundtable/shared'
import { HistoryManager, type TLRecord, type TLShape, type TLShapeId, type TLStore } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { IdeaShape } from '../board/ideaShape/ideaShapeSchema.ts'
import { CanvasBinding } from './CanvasBinding.ts'
import { IdeaCards } from './IdeaCards.ts'
import { createTestStore } from './testStore.ts'

interface Peer {
  doc: Y.Doc
  board: Board
  store: TLStore
  binding: CanvasBinding
}

function peer(withCards = true): Peer {
  const doc = new Y.Doc()
  const board = new Board(doc)
  const store = createTestStore()
  let cards: IdeaCards | null = null
  const binding = new CanvasBinding(store, board, { onLocalChanges: (changes) => cards?.onLocalChanges(changes) })
  if (withCards) cards = new IdeaCards(board, store, binding, () => 'me')
  binding.start()
  cards?.start()
  return { doc, board, store, binding }
}

function exchange(a: Peer, b: Peer): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'server')
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'server')
}

/** Lets placing run: cards show in the store at once and reach the board a turn later. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
const ideaCards = (p: Peer) => p.store.allRecords().filter((r): r is IdeaShape => r.typeName === 'shape' && r.type === 'idea')

describe('idea cards', () => {
  it('gives an idea added elsewhere (without a card) a card with its deterministic id', async () => {
    const ana = peer()
    const phone = peer(false)
    exchange(ana, phone)
    const id = phone.board.addIdea({ text: 'More chairs', authorId: 'p1', picture: '🦊' })
    exchange(ana, phone)
    await settle()
    expect(ideaCards(ana).map((card) => card.id)).toEqual([ideaShapeId(id)])
    expect(ideaCards(ana)[0]?.props.ideaId).toBe(id)
  })

  it('makes one card when two people place the same idea at once', async () => {
    const ana = peer()
    const ben = peer()
    exchange(ana, ben)
    const phone = peer(false)
    exchange(ana, phone)
    phone.board.addIdea({ text: 'Quiet room', authorId: 'p1', picture: '🦉' })
    Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ana.doc)))
    Y.applyUpdate(ben.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ben.doc)))
    await settle()
    exchange(ana, ben)
    expect(ideaCards(ana)).toHaveLength(1)
    expect(ideaCards(ben)).toEqual(ideaCards(ana))
  })

  it('deletes the idea with its card, for everyone, and an undo brings both back', async () => {
    const ana = peer()
    const ben = peer()
    exchange(ana, ben)
    const id = ana.board.addIdea({ text: 'Warm welcome', authorId: 'me', picture: '🐝' })
    await settle()
    exchange(ana, ben)
    const history = new HistoryManager<TLRecord>({ store: ana.store })
    ana.store.remove([ideaShapeId(id) as TLShapeId])
    ana.store._flushHistory()
    exchange(ana, ben)
    expect(ben.board.idea(id)).toBeNull()
    expect(ideaCards(ben)).toEqual([])

    ana.binding.replay(() => history.undo())
    exchange(ana, ben)
    expect(ben.board.idea(id)).toMatchObject({ text: 'Warm welcome', picture: '🐝' })
    expect(ideaCards(ben).map((card) => card.id)).toEqual([ideaShapeId(id)])
  })

  it('removes the card when an idea is deleted from another view', async () => {
    const ana = peer()
    const ben = peer()
    exchange(ana, ben)
    const id = ana.board.addIdea({ text: 'Signs in pictures', authorId: 'me', picture: '🌳' })
    await settle()
    exchange(ana, ben)
    ben.board.deleteIdea(id)
    exchange(ana, ben)
    expect(ideaCards(ana)).toEqual([])
    expect(ideaCards(ben)).toEqual([])
  })

  it('shows a card at once and takes it away when its idea is deleted elsewhere before the card reached the board', async () => {
    const ana = peer()
    const phone = peer(false)
    exchange(ana, phone)
    const id = phone.board.addIdea({ text: 'Bigger print', authorId: 'p1', picture: '🦊' })
    Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ana.doc)), 'server')
    await Promise.resolve()
    expect(ideaCards(ana).map((card) => card.id)).toEqual([ideaShapeId(id)])
    phone.board.deleteIdea(id)
    Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ana.doc)), 'server')
    await settle()
    expect(ideaCards(ana)).toEqual([])
    expect(ana.board.canvasMap.has(ideaShapeId(id))).toBe(false)
  })

  it('turns a copied card into a new idea with the same words', async () => {
    const ana = peer()
    const id = ana.board.addIdea({ text: 'Hearing loop', authorId: 'someone', picture: '🐢' })
    await settle()
    const original = ana.store.get(ideaShapeId(id) as TLShapeId) as IdeaShape
    ana.store.put([{ ...original, id: 'shape:copy' as TLShapeId, x: original.x + 300 } as TLShape])
    ana.store._flushHistory()
    await settle()
    const ideas = ana.board.ideas()
    expect(ideas.map((idea) => idea.text)).toEqual(['Hearing loop', 'Hearing loop'])
    const copy = ideas.find((idea) => idea.id !== id)!
    expect(copy.authorId).toBe('me')
    expect(ideaCards(ana).map((card) => card.id).sort()).toEqual([ideaShapeId(id), ideaShapeId(copy.id)].sort())
    expect(ana.store.get('shape:copy' as TLShapeId)).toBeUndefined()
  })
})
