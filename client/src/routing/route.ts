// The app's places, read from the address: home, a room, a room's easy-read summary, or nowhere. Pathname-based,
// so links are plain URLs that work when shared, bookmarked or opened in a new tab.
import { isRoomId } from '@roundtable/shared'

export type Route =
  | { page: 'home' }
  | { page: 'room'; roomId: string }
  | { page: 'easy-read'; roomId: string }
  | { page: 'not-found' }
  | { page: 'room-missing' }

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return { page: 'home' }
  const room = /^\/r\/([^/]+)(\/easy-read)?$/.exec(path)
  if (room) {
    const roomId = decodeURIComponent(room[1] ?? '')
    // A malformed id cannot name a room: say so without asking the server.
    if (!isRoomId(roomId)) return { page: 'room-missing' }
    return room[2] ? { page: 'easy-read', roomId } : { page: 'room', roomId }
  }
  return { page: 'not-found' }
}

export function roomPath(roomId: string): string {
  return `/r/${encodeURIComponent(roomId)}`
}

/** The room's printable easy-read summary. */
export function easyReadPath(roomId: string): string {
  return `${roomPath(roomId)}/easy-read`
}
