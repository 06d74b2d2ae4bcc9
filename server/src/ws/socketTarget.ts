// Which room and document a WebSocket URL asks for, and the facilitator key it may carry.
import type { DocumentName } from '../storage/Storage.ts'

/**
 * The stock y-websocket provider connects to `${serverUrl}/${roomId}`, so the board's
 * serverUrl is ws(s)://host/ws and the session document's is ws(s)://host/ws/session.
 */
export const SOCKET_PATH_PREFIX = '/ws/'
const SESSION_PATH_PREFIX = '/ws/session/'

export interface SocketTarget {
  /** Checked later, so an unknown room gets a close code rather than a refused upgrade. */
  roomId: string
  doc: DocumentName
  /** From `?key=`, on the board only. */
  facilitatorKey: string | null
}

/** The target of a /ws/… URL, or null for any other path. */
export function socketTarget(url: string): SocketTarget | null {
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  if (!path.startsWith(SOCKET_PATH_PREFIX)) return null
  if (path.startsWith(SESSION_PATH_PREFIX)) {
    return { roomId: path.slice(SESSION_PATH_PREFIX.length), doc: 'session', facilitatorKey: null }
  }
  const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1))
  const key = query.get('key')
  return { roomId: path.slice(SOCKET_PATH_PREFIX.length), doc: 'board', facilitatorKey: key === null || key === '' ? null : key }
}
