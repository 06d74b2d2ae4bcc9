// The server's room API, as typed results: every response is checked before use, and every
// failure becomes one of a few problems the pages can explain in plain words. Opening a room
// (new or restored) may need the organisation's room token, sent as a Bearer token.
import { Limits } from '@roundtable/shared'
import { type Answer, type OpeningResult, openingProblem } from './roomOpening.ts'

export interface RoomInfo {
  id: string
  code: string
  title: string
  question: string
  /** When the room was started, as an ISO 8601 string; empty when the server did not say. */
  createdAt: string
}

export interface CreatedRoom {
  id: string
  code: string
  title: string
  question: string
  /** Paths on this site ("/r/<id>", "/r/<id>#key=…"): links are built on the origin the person is using. */
  participantPath: string
  facilitatorPath: string
}

/** Why a request did not give what was asked for. */
export type Problem = 'not-found' | 'invalid' | 'rate-limited' | 'unreachable'

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem }

type Fetch = (input: string, init?: RequestInit) => Promise<Response>

export function roomsApi(fetcher: Fetch = (input, init) => window.fetch(input, init)) {
  /** The status and JSON body of an answer, or null when the server could not be reached. */
  async function send(path: string, init: RequestInit): Promise<Answer | null> {
    try {
      const response = await fetcher(path, { ...init, headers: { accept: 'application/json', ...init.headers } })
      const body: unknown = await response.json().catch(() => null)
      return { status: response.status, body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null }
    } catch {
      return null
    }
  }

  async function call<T>(path: string, init: RequestInit, parse: (body: Record<string, unknown>) => T | null): Promise<Result<T>> {
    const answer = await send(path, init)
    if (answer === null) return { ok: false, problem: 'unreachable' }
    const { status, body } = answer
    if (status === 404) return { ok: false, problem: 'not-found' }
    if (status === 429) return { ok: false, problem: 'rate-limited' }
    if (status >= 400 && status < 500) return { ok: false, problem: 'invalid' }
    // A proxy's error page or a half-started server: to a participant, the server is not there.
    if (status < 200 || status > 299 || body === null) return { ok: false, problem: 'unreachable' }
    const value = parse(body)
    return value === null ? { ok: false, problem: 'unreachable' } : { ok: true, value }
  }

  async function open(path: string, body: BodyInit, token: string): Promise<OpeningResult> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    // A token pasted from an email often brings a space or a line break with it.
    const trimmed = token.trim()
    if (trimmed) headers['authorization'] = `Bearer ${trimmed}`
    const answer = await send(path, { method: 'POST', body, headers })
    const room = answer && answer.status >= 200 && answer.status < 300 && answer.body ? parseCreatedRoom(answer.body) : null
    return room ? { ok: true, value: room } : { ok: false, problem: openingProblem(answer) }
  }

  return {
    /** Starts a room; `token` is the organisation's room token, or '' when none was asked for. */
    createRoom(input: { title: string; question: string }, token = ''): Promise<OpeningResult> {
      const request = {
        title: input.title.trim().slice(0, Limits.maxRoomTitleLength),
        question: input.question.trim().slice(0, Limits.maxRoomQuestionLength),
      }
      return open('/api/rooms', JSON.stringify(request), token)
    },

    /** Starts a new room from a backup file (sent as it is); answers like starting a room. */
    restoreRoom(file: Blob, token = ''): Promise<OpeningResult> {
      return open('/api/rooms/restore', file, token)
    },

    /**
     * Whether this server asks for a room token before opening a room. Any failure answers
     * false: an older server has no such rule, and a refusal on submit shows the field anyway.
     */
    async roomTokenNeeded(): Promise<boolean> {
      const result = await call('/api/rooms/new', {}, (body) => (typeof body.needsToken === 'boolean' ? body.needsToken : null))
      return result.ok && result.value
    },

    getRoom(roomId: string): Promise<Result<RoomInfo>> {
      return call(`/api/rooms/${encodeURIComponent(roomId)}`, {}, (body) => {
        const { id, code, title, question, createdAt } = body
        if (!allStrings(id, code)) return null
        return {
          id: id as string,
          code: code as string,
          title: typeof title === 'string' ? title : '',
          question: typeof question === 'string' ? question : '',
          createdAt: typeof createdAt === 'string' ? createdAt : '',
        }
      })
    },

    findRoomByCode(code: string): Promise<Result<{ id: string }>> {
      return call(`/api/rooms/by-code/${encodeURIComponent(code)}`, {}, (body) => (typeof body.id === 'string' ? { id: body.id } : null))
    },
  }
}

export type RoomsApi = ReturnType<typeof roomsApi>

/** The answer to starting a room (or restoring one): its id, code and the two links. */
export function parseCreatedRoom(body: Record<string, unknown>): CreatedRoom | null {
  const { id, code, title, question } = body
  const participantPath = pathOf(body['participantPath'], body['participantUrl'])
  const facilitatorPath = pathOf(body['facilitatorPath'], body['facilitatorUrl'])
  if (!allStrings(id, code, participantPath, facilitatorPath)) return null
  return {
    id: id as string,
    code: code as string,
    title: typeof title === 'string' ? title : '',
    question: typeof question === 'string' ? question : '',
    participantPath: participantPath as string,
    facilitatorPath: facilitatorPath as string,
  }
}

function allStrings(...values: unknown[]): boolean {
  return values.every((value) => typeof value === 'string' && value.length > 0)
}

/** A site path from the server's path, or failing that from its full URL. */
export function pathOf(path: unknown, url: unknown): string | null {
  if (typeof path === 'string' && path.startsWith('/')) return path
  if (typeof url !== 'string') return null
  try {
    const parsed = new URL(url)
    return parsed.pathname + parsed.hash
  } catch {
    return null
  }
}
