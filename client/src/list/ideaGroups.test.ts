import type { Idea, Theme } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { groupIdeas } from './ideaGroups.ts'

const theme = (id: string, name: string, order: number): Theme => ({ id, name, colour: 'light-blue', order })
const idea = (id: string, themeId: string | null, createdAt: number): Idea => ({ id, text: id, authorId: 'ana', picture: '🦊', themeId, createdAt })

const ids = (ideas: readonly Idea[]) => ideas.map((one) => one.id)

describe('grouping ideas for the list', () => {
  it('keeps the themes in their order and puts each idea under its theme, the rest at the end', () => {
    const themes = [theme('waiting', 'Waiting', 1), theme('food', 'Food', 2)]
    const groups = groupIdeas(themes, [idea('a', 'food', 1), idea('b', null, 2), idea('c', 'waiting', 3)])
    expect(groups.themed.map((group) => [group.theme.name, ids(group.ideas)])).toEqual([
      ['Waiting', ['c']],
      ['Food', ['a']],
    ])
    expect(ids(groups.unthemed)).toEqual(['b'])
  })

  it('lists the oldest first, so a new idea goes at the end of its group', () => {
    const groups = groupIdeas([], [idea('new', null, 30), idea('old', null, 10), idea('middle', null, 20)])
    expect(ids(groups.unthemed)).toEqual(['old', 'middle', 'new'])
  })

  it('orders ideas revealed at the same moment the same way in every browser', () => {
    const once = groupIdeas([], [idea('q', null, 5), idea('p', null, 5)])
    const again = groupIdeas([], [idea('p', null, 5), idea('q', null, 5)])
    expect(ids(once.unthemed)).toEqual(['p', 'q'])
    expect(ids(again.unthemed)).toEqual(['p', 'q'])
  })

  it('shows a theme with no ideas yet, and an idea whose theme was deleted as in no theme', () => {
    const groups = groupIdeas([theme('empty', 'Empty', 1)], [idea('a', 'gone', 1)])
    expect(groups.themed).toEqual([{ theme: theme('empty', 'Empty', 1), ideas: [] }])
    expect(ids(groups.unthemed)).toEqual(['a'])
  })
})
