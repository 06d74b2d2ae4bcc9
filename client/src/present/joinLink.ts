// The words and link a wall screen gives the room for joining: the site's address to type,
// and the full join link for the QR code.
import { roomPath } from '../routing/route.ts'

/** The full join link on the site this screen is using (never another one). */
export function joinLink(origin: string, roomId: string): string {
  return `${origin}${roomPath(roomId)}`
}

/** The address people type: browsers add "https://" themselves, so it is left off; "http://" is not. */
export function joinAddress(origin: string): string {
  return origin.replace(/^https:\/\//, '')
}

/** The join code as separate characters, so a screen reader says "A B C 2 3 4" rather than "ABC two hundred and thirty-four". */
export function spelledCode(code: string): string {
  return [...code.replace(/\s/g, '')].join(' ')
}
