import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Limits } from '../limits.ts'
import { Board, ideaIdOfShape, ideaShapeId } from './Board.ts'

const author = { authorId: 'p1', picture: '🦦' }

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('Board', () => {
  it('adds, edits and deletes an idea', () => {
    const board = new Board(new Y.Doc())
    const id = board.addIdea({ ...author, text: 'Quiet room for waiting', createdAt: 5 })
    expect(board.ideas()).toEqual([{ id, text: 'Quiet room for waiting', authorId: 'p1', picture: '🦦', themeId: null, createdAt: 5 }])

    expect(board.editIdea(id, 'Quiet room for waiting families')).toBe(true)
    expect(board.idea(id)?.text).toBe('Quiet room for waiting families')

    board.canvasMap.set(ideaShapeId(id), new Y.Map())
    expect(board.deleteIdea(id)).toBe(true)
    expect(board.ideas()).toEqual([])
    expect(board.canvasMap.has(ideaShapeId(id))).toBe(false)
  })

  it('stores a new idea without a theme entry, which reads as no theme, as an explicit null does', () => {
    const board = new Board(new Y.Doc())
    const id = board.addIdea({ ...author, text: 'Bus route to the clinic' })
    expect(board.ideasMap.get(id)?.has('themeId')).toBe(false)
    expect(board.idea(id)?.themeId).toBeNull()
    board.ideasMap.get(id)?.set('themeId', null)
    expect(board.idea(id)?.themeId).toBeNull()
  })

  it('reports missing ideas instead of inventing them', () => {
    const board = new Board(new Y.Doc())
    expect(board.editIdea('nope', 'x')).toBe(false)
    expect(board.deleteIdea('nope')).toBe(false)
    expect(board.idea('nope')).toBeNull()
  })

  it('lists ideas oldest first whoever wrote them', () => {
    const board = new Board(new Y.Doc())
    board.addIdea({ authorId: 'b', picture: '🦊', text: 'second', createdAt: 2 })
    board.addIdea({ authorId: 'a', picture: '🦦', text: 'first', createdAt: 1 })
    expect(board.ideas().map((idea) => idea.text)).toEqual(['first', 'second'])
  })

  it('bounds an idea’s length', () => {
    const board = new Board(new Y.Doc())
    const id = board.addIdea({ ...author, text: 'x'.repeat(Limits.maxIdeaLength + 50) })
    expect(board.idea(id)?.text.length).toBe(Limits.maxIdeaLength)
    board.editIdea(id, 'y'.repeat(Limits.maxIdeaLength * 2))
    expect(board.idea(id)?.text.length).toBe(Limits.maxIdeaLength)
  })

  it('skips an entry that is not shaped like an idea', () => {
    const board = new Board(new Y.Doc())
    const broken = new Y.Map<unknown>()
    broken.set('text', 'plain string, not Y.Text')
    board.ideasMap.set('broken', broken)
    board.addIdea({ ...author, text: 'fine' })
    expect(board.ideas().map((idea) => idea.text)).toEqual(['fine'])
  })

  it('merges two people adding and editing at once', () => {
    const a = new Board(new Y.Doc())
    const b = new Board(new Y.Doc())
    const shared = a.addIdea({ ...author, text: 'Signs in easy read' })
    exchange(a.doc, b.doc)

    a.editIdea(shared, 'Signs in easy read and pictures')
    b.editIdea(shared, 'Clear signs in easy read')
    b.addIdea({ authorId: 'p2', picture: '🦉', text: 'Someone to greet you' })
    exchange(a.doc, b.doc)

    expect(a.ideas()).toEqual(b.ideas())
    expect(a.idea(shared)?.text).toBe('Clear signs in easy read and pictures')
    expect(a.ideas()).toHaveLength(2)
  })

  it('keeps participants that parse and ignores the rest', () => {
    const board = new Board(new Y.Doc())
    board.setParticipant({ id: 'p1', name: '  Teal   Otter ', colour: 'teal', picture: '🦦' })
    board.participantsMap.set('p2', { id: 'p2', name: 'x', colour: 'not-a-colour', picture: '🦦' })
    expect(board.participants()).toEqual([{ id: 'p1', name: 'Teal Otter', colour: 'teal', picture: '🦦' }])
    expect(() => board.setParticipant({ id: 'p3', name: '   ', colour: 'teal', picture: '🦦' })).toThrow()
  })

  it('tells listeners about remote changes', () => {
    const a = new Board(new Y.Doc())
    const b = new Board(new Y.Doc())
    let calls = 0
    b.onChange(() => calls++)
    a.addIdea({ ...author, text: 'hello' })
    exchange(a.doc, b.doc)
    expect(calls).toBeGreaterThan(0)
  })

  it('maps idea ids to card ids and back', () => {
    expect(ideaIdOfShape(ideaShapeId('abc'))).toBe('abc')
    expect(ideaIdOfShape('shape:other')).toBeNull()
  })
})
