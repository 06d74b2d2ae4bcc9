// One JSON request to the server's API with a typed outcome: the parsed value, or the
// status, the server's own error text and its `reason` when a rule refused the request.

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

export type ApiFailure = {
  ok: false
  /** The HTTP status, or null when the server could not be reached at all. */
  status: number | null
  /** The server's words, or a plain sentence when it gave none. */
  error: string
  /** Which rule refused the request (a 409's `reason`), when the server said. */
  reason: string | null
}

export type ApiResult<T> = { ok: true; value: T } | ApiFailure

export const UNREACHABLE = "Can't reach the Roundtable server. Check your connection and try again."

export const browserFetch: Fetch = (input, init) => window.fetch(input, init)

export async function apiRequest<T>(
  fetcher: Fetch,
  path: string,
  init: RequestInit,
  parse: (body: Record<string, unknown>) => T | null,
): Promise<ApiResult<T>> {
  let response: Response
  let body: unknown
  try {
    response = await fetcher(path, { ...init, headers: { accept: 'application/json', ...init.headers } })
    body = response.status === 204 ? {} : await response.json().catch(() => null)
  } catch {
    return { ok: false, status: null, error: UNREACHABLE, reason: null }
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null
  if (!response.ok) {
    const error = typeof fields?.['error'] === 'string' && fields['error'] ? fields['error'] : `The server said no (${response.status}).`
    const reason = typeof fields?.['reason'] === 'string' ? fields['reason'] : null
    return { ok: false, status: response.status, error, reason }
  }
  const value = fields ? parse(fields) : null
  if (value === null) return { ok: false, status: response.status, error: 'The server sent an answer Roundtable did not understand.', reason: null }
  return { ok: true, value }
}

export function roomPath(roomId: string, rest: string): string {
  return `/api/rooms/${encodeURIComponent(roomId)}${rest}`
}

export function bearer(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` }
}

export const jsonBody = (value: unknown): RequestInit => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json' },
})
