import { Board } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { memoryStore } from '../room/browserStorage.ts'
import {
  type OutboxIdea,
  SENT_KEPT,
  flushOutbox,
  ideaDestination,
  markWaiting,
  outboxKey,
  outboxState,
  queueIdea,
  readOutbox,
  releaseFor,
  writeOutbox,
} from './outbox.ts'

const open = { privateWriting: false, revealRound: 0 }
const me = { picture: '🦦', authorId: 'person-1', release: 'now' as const }

function freshBoard(): Board {
  return new Board(new Y.Doc())
}

describe('the phone outbox', () => {
  it('keeps a new idea waiting, with the id it will have on the board', () => {
    const ideas = queueIdea([], { ...me, text: '  More chairs in the waiting room  ' }, 'idea-a', 1000)
    expect(ideas).toEqual([
      { id: 'idea-a', text: 'More chairs in the waiting room', picture: '🦦', authorId: 'person-1', createdAt: 1000, release: 'now', sent: false },
    ])
    expect(outboxState(ideas[0] as OutboxIdea)).toBe('waiting')
  })

  it('does not queue an empty idea', () => {
    expect(queueIdea([], { ...me, text: '   ' })).toEqual([])
  })

  it('puts each waiting idea on the board once, with its picture, and marks it sent', () => {
    const board = freshBoard()
    let ideas = queueIdea([], { ...me, text: 'Quiet room' }, 'idea-a', 1000)
    ideas = queueIdea(ideas, { ...me, picture: '🌻', text: 'Easy-read letters' }, 'idea-b', 2000)

    const first = flushOutbox(ideas, ideaDestination(board), open)
    expect(first.added).toEqual(['idea-a', 'idea-b'])
    expect(first.ideas.map(outboxState)).toEqual(['sent', 'sent'])
    expect(board.ideas().map((idea) => [idea.id, idea.text, idea.picture, idea.authorId])).toEqual([
      ['idea-a', 'Quiet room', '🦦', 'person-1'],
      ['idea-b', 'Easy-read letters', '🌻', 'person-1'],
    ])

    const again = flushOutbox(first.ideas, ideaDestination(board), open)
    expect(again.added).toEqual([])
    expect(board.ideas()).toHaveLength(2)
  })

  it('survives a reload, and an idea the board already got before the reload is not added twice', () => {
    const storage = memoryStore()
    const key = outboxKey('room-1')
    writeOutbox(storage, key, queueIdea([], { ...me, text: 'Signs in Polish' }, 'idea-a', 1000))

    // The board got the idea, then the page reloaded before the outbox was saved as sent.
    const board = freshBoard()
    board.addIdea({ id: 'idea-a', text: 'Signs in Polish', authorId: 'person-1', picture: '🦦', createdAt: 1000 })
    let edits = 0
    board.doc.on('update', () => edits++)

    const reloaded = readOutbox(storage, key)
    expect(reloaded.map(outboxState)).toEqual(['waiting'])
    const flushed = flushOutbox(reloaded, ideaDestination(board), open)
    expect(flushed.added).toEqual([])
    expect(flushed.ideas.map(outboxState)).toEqual(['sent'])
    expect(edits).toBe(0)
    expect(board.ideas()).toHaveLength(1)
  })

  it('ignores a damaged entry and keeps the rest', () => {
    const storage = memoryStore()
    const key = outboxKey('room-1')
    const good = queueIdea([], { ...me, text: 'Kind words at reception' }, 'idea-a', 1000)
    storage.setItem(key, JSON.stringify([null, 'text', { id: 'idea-x', text: 'no picture' }, { ...good[0], picture: '💣' }, ...good]))
    expect(readOutbox(storage, key).map((idea) => idea.id)).toEqual(['idea-a'])

    storage.setItem(key, '{not json')
    expect(readOutbox(storage, key)).toEqual([])
  })

  it('keeps an idea written during private writing on the phone until the reveal, then gives it the reveal time', () => {
    const board = freshBoard()
    const privately = { privateWriting: true, revealRound: 2 }
    const ideas = queueIdea([], { ...me, release: releaseFor(privately), text: 'A buddy on the first visit' }, 'idea-a', 1000)
    expect(outboxState(ideas[0] as OutboxIdea)).toBe('private')

    const before = flushOutbox(ideas, ideaDestination(board), privately, 5000)
    expect(before.added).toEqual([])
    expect(board.ideas()).toEqual([])

    const after = flushOutbox(before.ideas, ideaDestination(board), { privateWriting: false, revealRound: 3 }, 9000)
    expect(after.added).toEqual(['idea-a'])
    expect(board.idea('idea-a')?.createdAt).toBe(9000)
  })

  it('decides on private writing once the room is known, for an idea written before that', () => {
    const ideas = queueIdea([], { ...me, release: releaseFor(null), text: 'Written offline' }, 'idea-a', 1000)
    const held = flushOutbox(ideas, ideaDestination(freshBoard()), { privateWriting: true, revealRound: 0 })
    expect(held.added).toEqual([])
    expect(held.ideas.map(outboxState)).toEqual(['private'])

    const sent = flushOutbox(ideas, ideaDestination(freshBoard()), open)
    expect(sent.added).toEqual(['idea-a'])
  })

  it('sends again an idea the board refused, once the board has it not', () => {
    const refusedBoard = freshBoard()
    const flushed = flushOutbox(queueIdea([], { ...me, text: 'Step-free entrance' }, 'idea-a'), ideaDestination(refusedBoard), open)
    const waiting = markWaiting(flushed.ideas, new Set(flushed.added))
    expect(waiting.map(outboxState)).toEqual(['waiting'])

    const reloadedBoard = freshBoard()
    expect(flushOutbox(waiting, ideaDestination(reloadedBoard), open).added).toEqual(['idea-a'])
    expect(reloadedBoard.ideas().map((idea) => idea.text)).toEqual(['Step-free entrance'])
  })

  it('forgets the oldest sent ideas past the limit but never a waiting one', () => {
    let ideas: OutboxIdea[] = queueIdea([], { ...me, release: 3, text: 'Private one' }, 'private')
    for (let n = 0; n < SENT_KEPT + 5; n++) ideas = queueIdea(ideas, { ...me, text: `Idea ${n}` }, `idea-${n}`)
    const flushed = flushOutbox(ideas, ideaDestination(freshBoard()), open).ideas
    expect(flushed.filter((idea) => idea.sent)).toHaveLength(SENT_KEPT)
    expect(flushed[0]?.id).toBe('private')
    expect(flushed[1]?.id).toBe('idea-5')
  })
})
