import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv.ts'
import { collectOutcome } from './outcome.ts'
import { fixtureBoard, fixtureInput } from './outcomeFixture.ts'

const csv = (showNames: boolean) => toCsv(collectOutcome(fixtureBoard(), fixtureInput(showNames)))

describe('toCsv', () => {
  it('matches the golden file', async () => {
    await expect(csv(false)).toMatchFileSnapshot('./golden/outcome.csv')
  })

  it('adds the author column only when names are shown, and matches its golden file', async () => {
    expect(csv(false).split('\r\n')[0]).toBe('\uFEFFidea,picture,theme,votes,created_at')
    expect(csv(true).split('\r\n')[0]).toBe('\uFEFFidea,picture,theme,votes,created_at,author')
    await expect(csv(true)).toMatchFileSnapshot('./golden/outcome-with-names.csv')
  })

  it('quotes cells with quotes, commas or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"')
  })

  it('turns cells a spreadsheet would run as formulas into text', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(formula)).toBe(`'${formula}`)
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('a = b')).toBe('a = b')
  })
})
