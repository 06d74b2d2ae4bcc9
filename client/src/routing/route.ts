// The app's places, read from the address: home, a room in one of its views, a room's
// easy-read summary, or nowhere. Pathname-based, so links are plain URLs that work when
// shared, bookmarked or opened in a new tab.
import { isRoomId } from '@roundtable/shared'

/**
 * How a room is shown. `join` is the link people are given: a phone gets the simple "add an
 * idea" page, a bigger screen the board in the view this person last chose.
 */
export const ROOM_VIEWS = ['join', 'canvas', 'list', 'phone', 'present'] as const
export type RoomView = (typeof ROOM_VIEWS)[number]

export type Route =
  | { page: 'home' }
  | { page: 'room'; roomId: string; view: RoomView }
  | { page: 'easy-read'; roomId: string }
  | { page: 'not-found' }
  | { page: 'room-missing' }

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return { page: 'home' }
  const room = /^\/r\/([^/]+)(?:\/([a-z-]+))?$/.exec(path)
  if (!room) return { page: 'not-found' }
  const place = room[2]
  if (place !== undefined && place !== 'easy-read' && !(ROOM_VIEWS as readonly string[]).includes(place)) return { page: 'not-found' }
  if (place === 'join') return { page: 'not-found' }
  const roomId = decodeURIComponent(room[1] ?? '')
  // A malformed id cannot name a room: say so without asking the server.
  if (!isRoomId(roomId)) return { page: 'room-missing' }
  if (place === 'easy-read') return { page: 'easy-read', roomId }
  return { page: 'room', roomId, view: (place as RoomView | undefined) ?? 'join' }
}

/** The room's join link; `view` names one way of seeing it. */
export function roomPath(roomId: string, view: RoomView = 'join'): string {
  const base = `/r/${encodeURIComponent(roomId)}`
  return view === 'join' ? base : `${base}/${view}`
}

/** The room's printable easy-read summary. */
export function easyReadPath(roomId: string): string {
  return `${roomPath(roomId)}/easy-read`
}
