// The links people are given for a room: the participant link, and a facilitator link
// with its key in the fragment, which browsers never send to a server.
import type { RoomRecord } from '../storage/Storage.ts'

export interface RoomLinks {
  participantPath: string
  facilitatorPath: string
  participantUrl: string
  facilitatorUrl: string
}

export function roomLinks(origin: string, roomId: string, facilitatorKey: string): RoomLinks {
  const participantPath = `/r/${roomId}`
  const facilitatorPath = `${participantPath}#key=${facilitatorKey}`
  return {
    participantPath,
    facilitatorPath,
    participantUrl: `${origin}${participantPath}`,
    facilitatorUrl: `${origin}${facilitatorPath}`,
  }
}

/** The answer to a request that made a room (POST /api/rooms, POST /api/rooms/restore). */
export function newRoomAnswer(origin: string, room: RoomRecord, facilitatorKey: string) {
  return {
    id: room.id,
    code: room.code,
    facilitatorKey,
    title: room.title,
    question: room.question,
    ...roomLinks(origin, room.id, facilitatorKey),
  }
}
