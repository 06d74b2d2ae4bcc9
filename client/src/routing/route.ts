// The app's three places, read from the address: home, a room, or nowhere. Pathname-based,
// so links are plain URLs that work when shared, bookmarked or opened in a new tab.
import { isRoomId } from '@roundtable/shared'

export type Route = { page: 'home' } | { page: 'room'; roomId: string } | { page: 'not-found' } | { page: 'room-missing' }

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return { page: 'home' }
  const room = /^\/r\/([^/]+)$/.exec(path)
  if (room) {
    const roomId = decodeURIComponent(room[1] ?? '')
    // A malformed id cannot name a room: say so without asking the server.
    return isRoomId(roomId) ? { page: 'room', roomId } : { page: 'room-missing' }
  }
  return { page: 'not-found' }
}

export function roomPath(roomId: string): string {
  return `/r/${encodeURIComponent(roomId)}`
}
