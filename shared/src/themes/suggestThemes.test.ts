import { describe, expect, it } from 'vitest'
import fixture from '../../fixtures/clinic-ideas.json'
import { adjustedRandIndex, labelsOf } from './adjustedRandIndex.ts'
import { suggestThemes } from './suggestThemes.ts'
import type { IdeaText, SuggestedTheme } from './suggestThemes.ts'

const ideasOf = (texts: readonly string[]): IdeaText[] => texts.map((text, i) => ({ id: String(i), text }))

/** What every suggestion must guarantee, whatever the ideas. */
function expectWellFormed(ideas: readonly IdeaText[], themes: readonly SuggestedTheme[]) {
  const placed = themes.flatMap((theme) => theme.ideaIds)
  expect([...placed].sort()).toEqual(ideas.map((idea) => idea.id).sort())
  const names = themes.map((theme) => theme.name)
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length)
  const position = new Map(ideas.map((idea, i) => [idea.id, i]))
  themes.forEach((theme, i) => {
    expect(theme.name.trim()).not.toBe('')
    expect(theme.name.split(' ').length).toBeLessThanOrEqual(3)
    const positions = theme.ideaIds.map((id) => position.get(id) ?? -1)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    const next = themes[i + 1]
    if (next) {
      // Largest first; ties by the position of each group's first idea.
      expect(theme.ideaIds.length).toBeGreaterThanOrEqual(next.ideaIds.length)
      if (theme.ideaIds.length === next.ideaIds.length) expect(positions[0]).toBeLessThan(position.get(next.ideaIds[0] ?? '') ?? -1)
    }
  })
}

describe('suggestThemes on the clinic workshop', () => {
  const ideas = ideasOf(fixture.ideas.map((idea) => idea.text))
  const themes = suggestThemes(ideas)

  it("groups ideas much as the facilitator did (adjusted Rand index, measured 0.455)", () => {
    const ari = adjustedRandIndex(fixture.ideas.map((idea) => idea.theme), labelsOf(themes, ideas.map((idea) => idea.id)))
    expect(ari).toBeGreaterThanOrEqual(0.45)
  })

  it('puts every idea in exactly one well-named group', () => {
    expectWellFormed(ideas, themes)
  })

  it('gives the same suggestions every time, whatever ran before', () => {
    suggestThemes(ideasOf(['Something else entirely', 'And another']))
    expect(suggestThemes(ideas)).toEqual(themes)
  })
})

describe('suggestThemes edge cases', () => {
  it('suggests nothing for no ideas', () => {
    expect(suggestThemes([])).toEqual([])
  })

  it('makes one idea its own theme, named from its words', () => {
    expect(suggestThemes(ideasOf(['Free parking for carers']))).toEqual([{ name: 'Getting there', ideaIds: ['0'] }])
  })

  it('keeps duplicate ideas together', () => {
    const ideas = ideasOf(['Free parking', 'Kind staff who smile', 'Free parking', 'Kind staff who smile', 'Free parking'])
    const themes = suggestThemes(ideas)
    expectWellFormed(ideas, themes)
    expect(themes.map((theme) => theme.ideaIds)).toEqual([
      ['0', '2', '4'],
      ['1', '3'],
    ])
  })

  it('groups ideas written in other languages by their own words', () => {
    const ideas = ideasOf([
      'Dłuższe wizyty u lekarza',
      'Wizyty wieczorem u lekarza',
      'مترجم في العيادة',
      'مترجم عربي في العيادة',
      'ডাক্তারের সাথে আরও সময়',
      'ডাক্তারের সাথে কথা বলার সময়',
      'Parking is too expensive',
      'Parking near the door',
    ])
    const themes = suggestThemes(ideas)
    expectWellFormed(ideas, themes)
    expect(themes.map((theme) => theme.ideaIds)).toEqual([
      ['0', '1'],
      ['2', '3'],
      ['4', '5'],
      ['6', '7'],
    ])
    expect(themes[1]?.name).toMatch(/مترجم/)
  })

  it('gathers pictures-only ideas in "Pictures" and blank ones in "Other ideas"', () => {
    const ideas = ideasOf(['👍', 'Free parking please', '', 'Parking costs too much', '❤️🙂', '   '])
    const themes = suggestThemes(ideas)
    expectWellFormed(ideas, themes)
    // Three groups of two: ordered by where each group's first idea is.
    expect(themes).toEqual([
      { name: 'Pictures', ideaIds: ['0', '4'] },
      { name: 'Getting there', ideaIds: ['1', '3'] },
      { name: 'Other ideas', ideaIds: ['2', '5'] },
    ])
  })

  it('keeps ideas with nothing in common apart from the themes', () => {
    const ideas = ideasOf(['Bus fares cost too much', 'Cheaper parking', 'Train tickets are expensive', 'Qwerty', 'Zxcvb'])
    const themes = suggestThemes(ideas)
    expectWellFormed(ideas, themes)
    expect(themes.at(-1)).toEqual({ name: 'Other ideas', ideaIds: ['3', '4'] })
  })

  it('copes with a very long idea', () => {
    const ideas = ideasOf([`${'The wait is long. '.repeat(20_000)}`, 'Waiting times are too long', 'Parking is hard to find'])
    expectWellFormed(ideas, suggestThemes(ideas))
  })

  it('keeps the ids it is given', () => {
    const themes = suggestThemes([
      { id: 'idea-b', text: 'Ramps at the door' },
      { id: 'idea-a', text: 'A lift to the first floor' },
    ])
    expect(themes.flatMap((theme) => theme.ideaIds)).toEqual(['idea-b', 'idea-a'])
  })
})
