// Helpers for facilitation tests: the facilitation API as a facilitator or a participant
// would call it, the session document as a browser reads it, and ideas on the board.
import { expect } from 'vitest'
import { Board, readSession, type SessionState } from '@roundtable/shared'
import { connectPeer, synced, waitFor, type Peer } from './clients.ts'
import type { ServerProcess } from './serverProcess.ts'

export interface ApiAnswer {
  status: number
  body: Record<string, unknown>
}

export interface CallOptions {
  /** A facilitator key or a participant token, sent as a Bearer token. */
  bearer?: string
  json?: unknown
  body?: Uint8Array
  contentType?: string
}

/** Calls the room API; answers the status and the JSON body (empty for none). */
export async function call(server: ServerProcess, method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = {}
  if (options.bearer !== undefined) headers.authorization = `Bearer ${options.bearer}`
  let body: string | Uint8Array<ArrayBuffer> | undefined
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.json)
  } else if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/octet-stream'
    body = options.body as Uint8Array<ArrayBuffer>
  }
  const response = await fetch(`${server.url}/api/rooms${path}`, { method, headers, body })
  const text = await response.text()
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) }
}

export async function command(server: ServerProcess, roomId: string, key: string | undefined, json: unknown): Promise<ApiAnswer> {
  return call(server, 'POST', `/${roomId}/session`, { bearer: key, json })
}

/** Sends a command that must succeed, and answers the new session. */
export async function commanded(server: ServerProcess, roomId: string, key: string, json: unknown): Promise<SessionState> {
  const answer = await command(server, roomId, key, json)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return answer.body.session as SessionState
}

export interface Joined {
  participantId: string
  token: string
}

export async function join(server: ServerProcess, roomId: string): Promise<Joined> {
  const answer = await call(server, 'POST', `/${roomId}/participants`)
  expect(answer.status).toBe(201)
  return answer.body as unknown as Joined
}

/** A browser reading the room's session document through the stock provider. */
export async function sessionReader(server: ServerProcess, roomId: string): Promise<Peer> {
  const reader = connectPeer(`${server.wsUrl}/session`, roomId)
  await synced(reader)
  return reader
}

/** The session as a fresh browser would read it right now. */
export async function freshSession(server: ServerProcess, roomId: string): Promise<SessionState> {
  const reader = await sessionReader(server, roomId)
  try {
    return readSession(reader.doc)
  } finally {
    reader.destroy()
  }
}

/** Adds an idea through `author`'s board and waits until `observer` sees it (so the server has stored it). */
export async function addIdea(author: Peer, observer: Peer, authorId: string, text: string): Promise<string> {
  const id = new Board(author.doc).addIdea({ text, authorId, picture: '🦦' })
  await waitFor(() => new Board(observer.doc).idea(id) !== null, 5000, `"${text}" to reach the observer`)
  return id
}
