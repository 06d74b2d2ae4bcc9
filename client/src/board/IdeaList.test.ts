import { Board } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { IdeaList } from './IdeaList.ts'

function board() {
  const made = new Board(new Y.Doc())
  made.addIdea({ id: 'quiet', text: 'A quiet room', authorId: 'ana', picture: '🌱', createdAt: 1 })
  made.addIdea({ id: 'bus', text: 'A later bus', authorId: 'ben', picture: '⭐', createdAt: 2 })
  return made
}

const texts = (list: IdeaList) => list.snapshot().map((idea) => idea.text)

describe('the list of every idea', () => {
  it('holds the ideas oldest first, as the board reads them', () => {
    const shared = board()
    const list = IdeaList.of(shared)
    list.subscribe(() => {})
    expect(list.snapshot()).toEqual(shared.ideas())
  })

  it('follows new, edited, moved and deleted ideas, telling listeners once per change', () => {
    const shared = board()
    const list = IdeaList.of(shared)
    let told = 0
    list.subscribe(() => told++)
    shared.addIdea({ id: 'signs', text: 'Clear signs', authorId: 'ana', picture: '🏠', createdAt: 3 })
    shared.editIdea('quiet', 'A quiet room to wait in')
    shared.ideasMap.get('bus')?.set('themeId', 'travel')
    shared.deleteIdea('signs')
    expect(told).toBe(4)
    expect(list.snapshot()).toEqual(shared.ideas())
    expect(texts(list)).toEqual(['A quiet room to wait in', 'A later bus'])
  })

  it('gives the same list, untold, for changes that leave the ideas as they were', () => {
    const shared = board()
    const list = IdeaList.of(shared)
    let told = 0
    list.subscribe(() => told++)
    const before = list.snapshot()
    shared.setParticipant({ id: 'ana', name: 'Ana', colour: 'blue', picture: '🦦' })
    shared.editIdea('bus', 'A later bus')
    expect(told).toBe(0)
    expect(list.snapshot()).toBe(before)
  })

  it('gives a new list when one idea changes, with the others unchanged', () => {
    const shared = board()
    const list = IdeaList.of(shared)
    list.subscribe(() => {})
    const before = list.snapshot()
    shared.editIdea('bus', 'A later bus on Sundays')
    const after = list.snapshot()
    expect(after).not.toBe(before)
    expect(after[0]).toBe(before[0])
    expect(after[1]?.text).toBe('A later bus on Sundays')
  })

  it('catches up with changes made while nobody was listening', () => {
    const shared = board()
    const list = IdeaList.of(shared)
    const stop = list.subscribe(() => {})
    stop()
    shared.editIdea('quiet', 'A quiet room, please')
    expect(texts(list)).toEqual(['A quiet room, please', 'A later bus'])
    list.subscribe(() => {})
    shared.deleteIdea('quiet')
    expect(texts(list)).toEqual(['A later bus'])
  })
})
