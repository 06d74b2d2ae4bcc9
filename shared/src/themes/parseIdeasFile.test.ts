import { describe, expect, it } from 'vitest'
import { parseIdeasFile } from './parseIdeasFile.ts'

describe('parseIdeasFile', () => {
  it('reads ideas, numbering those without an id by position', () => {
    const json = JSON.stringify({ about: 'a workshop', ideas: [{ text: 'Free parking', theme: 'access' }, { id: 'b7', text: 'Kind staff' }, { id: 12, text: 'Ramps' }] })
    expect(parseIdeasFile(json)).toEqual({
      ok: true,
      ideas: [
        { id: '0', text: 'Free parking' },
        { id: 'b7', text: 'Kind staff' },
        { id: '12', text: 'Ramps' },
      ],
    })
  })

  it('accepts a file with no ideas', () => {
    expect(parseIdeasFile('{"ideas": []}')).toEqual({ ok: true, ideas: [] })
  })

  it('explains JSON that does not parse', () => {
    const result = parseIdeasFile('{"ideas": [')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^not valid JSON/)
  })

  it('explains a file of the wrong shape', () => {
    for (const json of ['[]', '"ideas"', 'null', '{}', '{"ideas": {}}']) {
      expect(parseIdeasFile(json)).toEqual({ ok: false, error: 'expected an object with an "ideas" array' })
    }
  })

  it('names the idea that is wrong', () => {
    expect(parseIdeasFile('{"ideas": [{"text": "ok"}, "not an idea"]}')).toEqual({ ok: false, error: 'idea 1 is not an object' })
    expect(parseIdeasFile('{"ideas": [{"text": 3}]}')).toEqual({ ok: false, error: 'idea 0 has no "text" string' })
    expect(parseIdeasFile('{"ideas": [{"id": true, "text": "ok"}]}')).toEqual({
      ok: false,
      error: 'idea 0 has an "id" that is not a non-empty string or a number',
    })
  })

  it('refuses two ideas with one id, which would put an idea in two groups', () => {
    expect(parseIdeasFile('{"ideas": [{"id": "1", "text": "a"}, {"text": "b"}]}')).toEqual({
      ok: false,
      error: 'ideas 0 and 1 have the same id "1"',
    })
  })
})
