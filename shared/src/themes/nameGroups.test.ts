import { describe, expect, it } from 'vitest'
import { ideaTerms } from './ideaTerms.ts'
import { OTHER_IDEAS, nameGroups } from './nameGroups.ts'
import type { GroupToName } from './nameGroups.ts'
import { weighTerms } from './vectors.ts'

function names(texts: string[], groups: GroupToName[]): string[] {
  const ideas = texts.map(ideaTerms)
  return nameGroups(groups, ideas, weighTerms(ideas.map((idea) => idea.terms)).idf)
}

describe('nameGroups', () => {
  it('names a group by the concern its ideas share', () => {
    const texts = ['The bus takes an hour', 'Nowhere to park the car', 'A taxi costs too much', 'Staff who smile', 'Say hello']
    expect(names(texts, [{ members: [0, 1, 2] }, { members: [3, 4] }])).toEqual(['Getting there', 'Kindness and respect'])
  })

  it("uses the group's own words, as written, when the lexicon does not know them", () => {
    const texts = ['Dłuższe wizyty u lekarza', 'Wizyty wieczorem u lekarza', 'Free parking']
    expect(names(texts, [{ members: [0, 1] }, { members: [2] }])).toEqual(['Lekarza and wizyty', 'Getting there'])
  })

  it('never gives two groups the same name', () => {
    const texts = ['Bus fares', 'Parking', 'Taxi', 'Train']
    const given = names(texts, [{ members: [0, 1] }, { members: [2, 3] }])
    expect(new Set(given.map((name) => name.toLowerCase())).size).toBe(2)
  })

  it('keeps a fixed name for its group and no other', () => {
    const texts = ['Bus fares', 'Nowhere to park the car', '🙂']
    const given = names(texts, [{ members: [0, 1] }, { members: [2], fixedName: 'Getting there' }])
    expect(given[1]).toBe('Getting there')
    expect(given[0]).not.toBe('Getting there')
  })

  it('falls back to "Other ideas" for a group with no words', () => {
    expect(names(['', '   '], [{ members: [0, 1] }])).toEqual([OTHER_IDEAS])
  })

  it('capitalises names and keeps them short', () => {
    const long = 'z'.repeat(200)
    const [name] = names([`${long} qqqq`, `${long} qqqq`], [{ members: [0, 1] }])
    expect(name).toMatch(/^\p{Lu}/u)
    expect([...(name ?? '')].length).toBeLessThanOrEqual(40)
  })
})
