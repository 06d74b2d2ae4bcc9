// Reads a request body as JSON, or refuses it with a 400 that says what was expected.
import type { Context } from 'hono'
import { HttpError } from '../HttpError.ts'

export async function readJson(c: Context, example: string): Promise<unknown> {
  const text = await c.req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError(400, `The request body must be JSON, such as ${example}.`)
  }
}
