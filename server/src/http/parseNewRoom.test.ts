import { describe, expect, it } from 'vitest'
import { Limits } from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import { parseNewRoom } from './parseNewRoom.ts'

function refusal(body: string): string {
  try {
    parseNewRoom(body)
  } catch (error) {
    if (error instanceof HttpError && error.status === 400) return error.message
  }
  throw new Error(`expected a 400 for ${body}`)
}

describe('parseNewRoom', () => {
  it('trims the title and question', () => {
    expect(parseNewRoom('{"title":"  Discharge letters ","question":" What helps? "}')).toEqual({
      title: 'Discharge letters',
      question: 'What helps?',
    })
  })

  it('treats an empty body and missing fields as an untitled room', () => {
    expect(parseNewRoom('')).toEqual({ title: '', question: '' })
    expect(parseNewRoom('{}')).toEqual({ title: '', question: '' })
  })

  it('refuses bodies that are not a JSON object', () => {
    expect(refusal('{title:')).toMatch(/must be JSON/)
    expect(refusal('[1]')).toMatch(/JSON object/)
    expect(refusal('"title"')).toMatch(/JSON object/)
  })

  it('refuses fields of the wrong type', () => {
    expect(refusal('{"title": 7}')).toBe('"title" must be text.')
    expect(refusal('{"question": ["a"]}')).toBe('"question" must be text.')
  })

  it('refuses text over the limit, counting characters rather than code units', () => {
    expect(refusal(JSON.stringify({ title: 'x'.repeat(Limits.maxRoomTitleLength + 1) }))).toMatch(/at most/)
    const emoji = '🙂'.repeat(Limits.maxRoomTitleLength)
    expect(parseNewRoom(JSON.stringify({ title: emoji })).title).toBe(emoji)
  })
})
