// Why the server would not open a room (start a new one or restore a backup), as problems the
// home page can explain: the organisation's room token missing or wrong, too many rooms
// opened from here, words it refused, or no server at all.
import type { CreatedRoom } from './roomsApi.ts'

/** The `reason` the server gives beside a 401 (server/src/http/roomCreateToken.ts). */
export const RoomTokenRefusal = { required: 'room-token-required', wrong: 'room-token-wrong' } as const

export type OpeningProblem =
  | { kind: 'token-required' }
  | { kind: 'token-wrong' }
  /** `sentence` is the server's own, saying how long to wait; null when it gave none. */
  | { kind: 'rate-limited'; sentence: string | null }
  /** The server refused what was sent (words too long, a file that is not a backup). */
  | { kind: 'refused'; sentence: string | null }
  | { kind: 'unreachable' }

export type OpeningResult = { ok: true; value: CreatedRoom } | { ok: false; problem: OpeningProblem }

/** An answer's status and JSON body; null when the server could not be reached. */
export type Answer = { status: number; body: Record<string, unknown> | null }

/** The problem in an answer that did not bring a room. */
export function openingProblem(answer: Answer | null): OpeningProblem {
  if (answer === null) return { kind: 'unreachable' }
  const { status, body } = answer
  const reason = body?.['reason']
  // Only the token check answers 401 here; a 401 without a reason (a proxy's) still means "a token is needed".
  if (status === 401) return reason === RoomTokenRefusal.wrong ? { kind: 'token-wrong' } : { kind: 'token-required' }
  if (status === 429) return { kind: 'rate-limited', sentence: sentenceIn(body) }
  if (status >= 400 && status < 500) return { kind: 'refused', sentence: sentenceIn(body) }
  // A proxy's error page, a half-started server or an answer without a room: the server is not there.
  return { kind: 'unreachable' }
}

function sentenceIn(body: Record<string, unknown> | null): string | null {
  const error = body?.['error']
  return typeof error === 'string' && error.trim() !== '' ? error : null
}
