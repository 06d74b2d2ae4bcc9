// The server's room API, as typed results: every response is checked before use, and every
// failure becomes one of a few problems the pages can explain in plain words.
import { Limits } from '@roundtable/shared'

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
  async function call<T>(path: string, init: RequestInit, parse: (body: Record<string, unknown>) => T | null): Promise<Result<T>> {
    let response: Response
    let body: unknown
    try {
      response = await fetcher(path, { ...init, headers: { accept: 'application/json', ...init.headers } })
      body = await response.json().catch(() => null)
    } catch {
      return { ok: false, problem: 'unreachable' }
    }
    if (response.status === 404) return { ok: false, problem: 'not-found' }
    if (response.status === 429) return { ok: false, problem: 'rate-limited' }
    if (response.status >= 400 && response.status < 500) return { ok: false, problem: 'invalid' }
    // A proxy's error page or a half-started server: to a participant, the server is not there.
    if (!response.ok || typeof body !== 'object' || body === null) return { ok: false, problem: 'unreachable' }
    const value = parse(body as Record<string, unknown>)
    return value === null ? { ok: false, problem: 'unreachable' } : { ok: true, value }
  }

  return {
    createRoom(input: { title: string; question: string }): Promise<Result<CreatedRoom>> {
      const request = {
        title: input.title.trim().slice(0, Limits.maxRoomTitleLength),
        question: input.question.trim().slice(0, Limits.maxRoomQuestionLength),
      }
      return call('/api/rooms', { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } }, parseCreatedRoom)
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
