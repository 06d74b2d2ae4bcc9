// The wall screen shows what the room may see, newest first, and no more than fits.
import type { Idea } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { IDEAS_ON_WALL, newestIdeas } from './newestIdeas.ts'

function idea(id: string, createdAt: number, text = `Idea ${id}`): Idea {
  return { id, text, authorId: 'p-1', picture: '🦉', themeId: null, createdAt }
}

describe('the newest ideas on the wall screen', () => {
  it('puts the newest idea first', () => {
    const shown = newestIdeas([idea('a', 1), idea('c', 3), idea('b', 2)], [])
    expect(shown.map((each) => each.id)).toEqual(['c', 'b', 'a'])
  })

  it('never shows an idea a facilitator hid', () => {
    const shown = newestIdeas([idea('a', 1), idea('b', 2), idea('c', 3)], ['c'])
    expect(shown.map((each) => each.id)).toEqual(['b', 'a'])
  })

  it('fills the screen with older ideas in place of hidden ones', () => {
    const ideas = Array.from({ length: IDEAS_ON_WALL + 2 }, (_, n) => idea(`i-${n}`, n))
    const shown = newestIdeas(ideas, ['i-9', 'i-8'])
    expect(shown).toHaveLength(IDEAS_ON_WALL)
    expect(shown[0]?.id).toBe('i-7')
    expect(shown.at(-1)?.id).toBe('i-0')
  })

  it('shows only the newest few when there are many', () => {
    const ideas = Array.from({ length: 30 }, (_, n) => idea(`i-${n}`, n))
    expect(newestIdeas(ideas, []).map((each) => each.id)).toEqual(['i-29', 'i-28', 'i-27', 'i-26', 'i-25', 'i-24', 'i-23', 'i-22'])
  })

  it('leaves out cards with nothing written on them yet', () => {
    const shown = newestIdeas([idea('a', 1), idea('b', 2, '   ')], [])
    expect(shown.map((each) => each.id)).toEqual(['a'])
  })
})
