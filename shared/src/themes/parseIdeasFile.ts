// Reads a file of ideas, `{ "ideas": [{ "id"?: ..., "text": ... }] }`, into ideas to
// suggest themes for. Bad input gets a clear error, never a thrown exception.

import type { IdeaText } from './suggestThemes.ts'

export type IdeasFileParse = { ok: true; ideas: IdeaText[] } | { ok: false; error: string }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** An idea's id defaults to its position, "0", "1", …; a given id may be a string or a number. */
export function parseIdeasFile(json: string): IdeasFileParse {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  if (!isRecord(value) || !Array.isArray(value.ideas)) return { ok: false, error: 'expected an object with an "ideas" array' }
  const ideas: IdeaText[] = []
  const positionOfId = new Map<string, number>()
  for (const [position, idea] of value.ideas.entries()) {
    if (!isRecord(idea)) return { ok: false, error: `idea ${position} is not an object` }
    if (typeof idea.text !== 'string') return { ok: false, error: `idea ${position} has no "text" string` }
    const id = idea.id === undefined ? String(position) : typeof idea.id === 'number' && Number.isFinite(idea.id) ? String(idea.id) : idea.id
    if (typeof id !== 'string' || id === '') return { ok: false, error: `idea ${position} has an "id" that is not a non-empty string or a number` }
    const earlier = positionOfId.get(id)
    if (earlier !== undefined) return { ok: false, error: `ideas ${earlier} and ${position} have the same id "${id}"` }
    positionOfId.set(id, position)
    ideas.push({ id, text: idea.text })
  }
  return { ok: true, ideas }
}
