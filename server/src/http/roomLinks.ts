// The links people are given for a room: the participant link, and a facilitator link
// with its key in the fragment, which browsers never send to a server.

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
