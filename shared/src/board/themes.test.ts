import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Board } from './Board.ts'
import { Themes, themeShapeId } from './themes.ts'

function setup() {
  const board = new Board(new Y.Doc())
  return { board, themes: new Themes(board) }
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('Themes', () => {
  it('creates, renames, orders and deletes themes', () => {
    const { board, themes } = setup()
    const waiting = themes.add({ name: '  Waiting  ' })
    const kindness = themes.add({ name: 'Kindness' })
    expect(themes.list().map((theme) => theme.name)).toEqual(['Waiting', 'Kindness'])
    expect(themes.list()[0]!.colour).not.toBe(themes.list()[1]!.colour)

    expect(themes.rename(kindness, 'Being kind')).toBe(true)
    expect(themes.rename(kindness, '   ')).toBe(false)
    expect(themes.get(kindness)?.name).toBe('Being kind')

    const idea = board.addIdea({ text: 'Quiet room', authorId: 'p', picture: '🦦' })
    themes.setIdeaTheme(idea, waiting)
    board.canvasMap.set(themeShapeId(waiting), new Y.Map())
    expect(themes.delete(waiting)).toBe(true)
    expect(board.idea(idea)?.themeId).toBeNull()
    expect(board.canvasMap.has(themeShapeId(waiting))).toBe(false)
  })

  it('refuses themes without a name and moves to themes that do not exist', () => {
    const { board, themes } = setup()
    expect(() => themes.add({ name: ' ' })).toThrow()
    const idea = board.addIdea({ text: 'x', authorId: 'p', picture: '🦦' })
    expect(themes.setIdeaTheme(idea, 'nope')).toBe(false)
    expect(themes.setIdeaTheme('nope', null)).toBe(false)
  })

  it('agrees on one theme per idea when two people move it at once', () => {
    const a = setup()
    const b = { board: new Board(new Y.Doc()) } as { board: Board; themes?: Themes }
    const one = a.themes.add({ name: 'One' })
    const two = a.themes.add({ name: 'Two' })
    const idea = a.board.addIdea({ text: 'Move me', authorId: 'p', picture: '🦦' })
    exchange(a.board.doc, b.board.doc)
    b.themes = new Themes(b.board)

    a.themes.setIdeaTheme(idea, one)
    b.themes.setIdeaTheme(idea, two)
    exchange(a.board.doc, b.board.doc)
    const themeId = a.board.idea(idea)?.themeId
    expect([one, two]).toContain(themeId)
    expect(b.board.idea(idea)?.themeId).toBe(themeId)
  })

  it('collects proposed names with their supporters, and settles one', () => {
    const { themes } = setup()
    const theme = themes.add({ name: 'Group 1' })
    const calm = themes.propose(theme, 'Calm spaces', 'p1')!
    themes.propose(theme, 'calm spaces', 'p2')
    const quiet = themes.propose(theme, 'Quiet', 'p3')!
    expect(themes.proposals(theme)).toEqual([
      { id: calm, themeId: theme, name: 'Calm spaces', supporters: ['p1', 'p2'] },
      { id: quiet, themeId: theme, name: 'Quiet', supporters: ['p3'] },
    ])
    themes.support(calm, 'p2', false)
    themes.support(quiet, 'p1', true)
    expect(themes.proposals(theme).map((p) => [p.name, p.supporters.length])).toEqual([['Quiet', 2], ['Calm spaces', 1]])

    expect(themes.settle(theme, 'Quiet')).toBe(true)
    expect(themes.get(theme)?.name).toBe('Quiet')
    expect(themes.proposals(theme)).toEqual([])
  })
})
