import { describe, expect, it } from 'vitest'
import { collectOutcome, themesByVotes } from './outcome.ts'
import { fixtureBoard, fixtureInput } from './outcomeFixture.ts'

const summary = (showNames = false) =>
  collectOutcome(fixtureBoard(), fixtureInput(showNames)).themes.map((theme) => [theme.name, theme.votes, theme.ideas.map((idea) => idea.id)])

describe('collectOutcome', () => {
  it('lists themes in board order with their ideas oldest first, then the unthemed ideas', () => {
    expect(summary()).toEqual([
      ['Waiting', 5, ['i-01', 'i-02']],
      ['Letters & *leaflets*', 6, ['i-03', 'i-04', 'i-08']],
      ['Food', 0, []],
      ['No theme', 2, ['i-05', 'i-06', 'i-09']],
    ])
  })

  it('leaves hidden ideas out, so their votes count nowhere', () => {
    const ideas = collectOutcome(fixtureBoard(), fixtureInput()).themes.flatMap((theme) => theme.ideas)
    expect(ideas.map((idea) => idea.id)).not.toContain('i-07')
  })

  it('names authors only when the room shows names', () => {
    const without = collectOutcome(fixtureBoard(), fixtureInput(false)).themes[0]?.ideas[0]
    const withNames = collectOutcome(fixtureBoard(), fixtureInput(true)).themes[1]?.ideas
    expect(without).not.toHaveProperty('author')
    expect(withNames?.map((idea) => idea.author)).toEqual(['Teal Heron', 'Rana "Wren", RN', null])
  })

  it('treats an idea whose theme was deleted as unthemed', () => {
    const board = fixtureBoard()
    board.doc.getMap('themes').delete('t-food')
    board.ideasMap.get('i-05')?.set('themeId', 't-food')
    const outcome = collectOutcome(board, fixtureInput())
    expect(outcome.themes.map((theme) => theme.name)).toEqual(['Waiting', 'Letters & *leaflets*', 'No theme'])
    expect(outcome.themes[2]?.ideas[0]).toMatchObject({ id: 'i-05', themeName: null })
  })

  it('orders themes for reading by votes, ties in board order, with "No theme" last', () => {
    const outcome = collectOutcome(fixtureBoard(), fixtureInput())
    expect(themesByVotes(outcome).map((theme) => [theme.name, theme.ideas.map((idea) => idea.id)])).toEqual([
      ['Letters & *leaflets*', ['i-04', 'i-03', 'i-08']],
      ['Waiting', ['i-01', 'i-02']],
      ['Food', []],
      ['No theme', ['i-06', 'i-09', 'i-05']],
    ])
  })

  it('keeps an export working when a stored time is out of range', () => {
    const board = fixtureBoard()
    board.ideasMap.get('i-01')?.set('createdAt', 1e20)
    const idea = collectOutcome(board, fixtureInput()).themes[0]?.ideas.find((each) => each.id === 'i-01')
    expect(idea?.createdAt).toBe('')
  })
})
