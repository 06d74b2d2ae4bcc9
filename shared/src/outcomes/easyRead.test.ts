import { describe, expect, it } from 'vitest'
import { toEasyRead } from './easyRead.ts'
import { collectOutcome } from './outcome.ts'
import { fixtureBoard, fixtureInput } from './outcomeFixture.ts'

describe('toEasyRead', () => {
  it('matches the golden file', async () => {
    const easyRead = toEasyRead(collectOutcome(fixtureBoard(), fixtureInput()))
    await expect(`${JSON.stringify(easyRead, null, 2)}\n`).toMatchFileSnapshot('./golden/outcome.easy-read.json')
  })

  it('says what was done in short sentences, then one line per idea with its picture', () => {
    const easyRead = toEasyRead(collectOutcome(fixtureBoard(), fixtureInput()))
    expect(easyRead.sections[0]?.lines.map((line) => line.text)).toEqual([
      'We talked about: What would make your clinic visit easier?',
      'We had 8 ideas.',
      'We put them into 3 themes.',
      'We gave 13 votes.',
    ])
    expect(easyRead.sections[1]?.lines.slice(0, 2)).toEqual([
      { picture: null, pictureLabel: null, text: 'Theme: Letters & *leaflets*. 3 ideas. 6 votes.' },
      { picture: '🌻', pictureLabel: 'Sunflower', text: 'مواعيد أوضح من فضلك. 4 votes.' },
    ])
  })

  it('says who wrote each idea only when names are shown', () => {
    const lines = toEasyRead(collectOutcome(fixtureBoard(), fixtureInput(true))).sections.flatMap((section) => section.lines)
    expect(lines.map((line) => line.text)).toContain('Parking is "always" full, so we arrive late. 3 votes. From Teal Heron.')
  })
})
