// When an organisation sets ROOM_CREATE_TOKEN, opening or restoring a room needs that token
// as `Authorization: Bearer <token>`. It is compared in constant time and never logged.
import { bearerToken } from '../auth/authorize.ts'
import { HttpError } from '../HttpError.ts'
import { hashMatches, hashSecret } from '../rooms/roomSecrets.ts'

/** Sent as `reason` beside the sentence, so the client can ask for the token, or say it is wrong. */
export const RoomTokenRefusal = { required: 'room-token-required', wrong: 'room-token-wrong' } as const

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="Roundtable rooms"' }

/** Throws a 401 unless the request carries the token; does nothing when no token is configured. */
export type RoomTokenCheck = (authorization: string | undefined) => void

export function roomCreateTokenCheck(token: string | null): RoomTokenCheck {
  if (token === null) return () => {}
  // Both sides are hashed to 32 bytes, so the comparison takes the same time whatever the length or content.
  const expected = hashSecret(token)
  return (authorization) => {
    const given = bearerToken(authorization)
    if (given === null) {
      throw new HttpError(401, "Starting a room here needs your organisation's room token. Ask the people who run Roundtable for you.", {
        reason: RoomTokenRefusal.required,
        headers: CHALLENGE,
      })
    }
    if (!hashMatches(hashSecret(given), expected)) {
      throw new HttpError(401, 'That room token is not right. Check it with the people who run Roundtable for you, and try again.', {
        reason: RoomTokenRefusal.wrong,
        headers: CHALLENGE,
      })
    }
  }
}
