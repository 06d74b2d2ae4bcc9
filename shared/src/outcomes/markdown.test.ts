import { describe, expect, it } from 'vitest'
import { escapeMarkdown, toMarkdown } from './markdown.ts'
import { collectOutcome } from './outcome.ts'
import { fixtureBoard, fixtureInput } from './outcomeFixture.ts'

describe('toMarkdown', () => {
  it('matches the golden file', async () => {
    await expect(toMarkdown(collectOutcome(fixtureBoard(), fixtureInput()))).toMatchFileSnapshot('./golden/outcome.md')
  })

  it('puts theme headings in vote order with "No theme" last', () => {
    const headings = toMarkdown(collectOutcome(fixtureBoard(), fixtureInput()))
      .split('\n')
      .filter((line) => line.startsWith('## '))
    expect(headings).toEqual(['## Letters \\& \\*leaflets\\* — 6 votes', '## Waiting — 5 votes', '## Food — 0 votes', '## No theme — 2 votes'])
  })

  it('names authors beside their ideas when names are shown', () => {
    expect(toMarkdown(collectOutcome(fixtureBoard(), fixtureInput(true)))).toContain('- مواعيد أوضح من فضلك (Rana "Wren", RN) — 4 votes')
  })

  it('escapes what would otherwise become markup', () => {
    expect(escapeMarkdown('# *a* _b_ `c` [d](e) <f> | ~g~ &amp; \\')).toBe('\\# \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\&amp; \\\\')
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('+ item')).toBe('\\+ item')
    expect(escapeMarkdown('2) two')).toBe('2\\) two')
    expect(escapeMarkdown('first\n===\n\n  - second')).toBe('first\\\n  \\===\\\n  \\- second')
  })
})
