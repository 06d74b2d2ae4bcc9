import { Board } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { IdeaWatch } from './IdeaWatch.ts'

function boardWithTwoIdeas() {
  const board = new Board(new Y.Doc())
  board.setParticipant({ id: 'ana', name: 'Ana', colour: 'blue', picture: '🦦' })
  board.setParticipant({ id: 'ben', name: 'Ben', colour: 'red', picture: '🦊' })
  board.addIdea({ id: 'quiet', text: 'A quiet room', authorId: 'ana', picture: '🌱' })
  board.addIdea({ id: 'bus', text: 'A later bus', authorId: 'ben', picture: '⭐' })
  return board
}

/** How many times a card following `ideaId` would be told to render again. */
function countFor(watch: IdeaWatch, ideaId: string) {
  const count = { renders: 0 }
  const stop = watch.onIdea(ideaId, () => count.renders++)
  return { count, stop }
}

describe('each card hears about its own idea', () => {
  it('tells a card when its idea’s words, picture or theme change, once per change', () => {
    const board = boardWithTwoIdeas()
    const { count } = countFor(IdeaWatch.of(board), 'quiet')
    board.editIdea('quiet', 'A quiet room to wait in')
    board.ideasMap.get('quiet')?.set('picture', '💬')
    board.ideasMap.get('quiet')?.set('themeId', 'calm')
    expect(count.renders).toBe(3)
  })

  it('does not tell a card when another idea changes', () => {
    const board = boardWithTwoIdeas()
    const { count } = countFor(IdeaWatch.of(board), 'quiet')
    board.editIdea('bus', 'A later bus on Sundays')
    board.addIdea({ id: 'signs', text: 'Clear signs', authorId: 'ana', picture: '🏠' })
    expect(count.renders).toBe(0)
  })

  it('tells a card when its idea is deleted, and when it comes back', () => {
    const board = boardWithTwoIdeas()
    const { count } = countFor(IdeaWatch.of(board), 'quiet')
    board.deleteIdea('quiet')
    board.addIdea({ id: 'quiet', text: 'A quiet room', authorId: 'ana', picture: '🌱' })
    expect(count.renders).toBe(2)
  })

  it('tells a card about a change that arrives from someone else', () => {
    const board = boardWithTwoIdeas()
    const elsewhere = new Board(new Y.Doc())
    Y.applyUpdate(elsewhere.doc, Y.encodeStateAsUpdate(board.doc))
    const { count } = countFor(IdeaWatch.of(board), 'bus')
    elsewhere.editIdea('bus', 'A bus after the evening clinic')
    elsewhere.editIdea('quiet', 'A quiet room, please')
    Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(elsewhere.doc, Y.encodeStateVector(board.doc)))
    expect(count.renders).toBe(1)
  })

  it('stops telling a card that has gone, and leaves the others listening', () => {
    const board = boardWithTwoIdeas()
    const watch = IdeaWatch.of(board)
    const gone = countFor(watch, 'quiet')
    const staying = countFor(watch, 'quiet')
    gone.stop()
    board.editIdea('quiet', 'A quiet room to wait in')
    expect(gone.count.renders).toBe(0)
    expect(staying.count.renders).toBe(1)
  })

  it('gives every card on one board the same watch', () => {
    const board = boardWithTwoIdeas()
    expect(IdeaWatch.of(board)).toBe(IdeaWatch.of(board))
    expect(IdeaWatch.of(board)).not.toBe(IdeaWatch.of(boardWithTwoIdeas()))
  })
})

describe('each card hears about its own author', () => {
  it('tells a card when its author renames themselves, not when someone else does', () => {
    const board = boardWithTwoIdeas()
    const watch = IdeaWatch.of(board)
    const renders = { ana: 0, ben: 0 }
    watch.onParticipant('ana', () => renders.ana++)
    watch.onParticipant('ben', () => renders.ben++)
    board.setParticipant({ id: 'ana', name: 'Ana B.', colour: 'blue', picture: '🦦' })
    expect(renders).toEqual({ ana: 1, ben: 0 })
  })
})
