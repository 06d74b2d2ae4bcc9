// Parses the body of POST /api/rooms into room details, or explains what is wrong with it.
import { Limits } from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import type { NewRoomDetails } from '../rooms/createRoom.ts'

/** Both fields are optional: an empty body makes an untitled room. */
export function parseNewRoom(body: string): NewRoomDetails {
  if (body.trim() === '') return { title: '', question: '' }
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    throw new HttpError(400, 'The request body must be JSON, such as {"title": "…", "question": "…"}.')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'The request body must be a JSON object.')
  }
  const fields = value as Record<string, unknown>
  return {
    title: optionalText(fields.title, 'title', Limits.maxRoomTitleLength),
    question: optionalText(fields.question, 'question', Limits.maxRoomQuestionLength),
  }
}

function optionalText(value: unknown, name: string, maxLength: number): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') throw new HttpError(400, `"${name}" must be text.`)
  const text = value.trim()
  // Counted in characters as people see them, not UTF-16 units.
  if ([...text].length > maxLength) throw new HttpError(400, `"${name}" must be at most ${maxLength} characters.`)
  return text
}
