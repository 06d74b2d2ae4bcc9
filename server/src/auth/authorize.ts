// Who is asking: a facilitator (by a link's key) or a participant (by their token), both
// sent as `Authorization: Bearer …`. Missing → 401; wrong, revoked or another room's → 403.
import { HttpError } from '../HttpError.ts'
import { participantIdOfToken } from '../rooms/participantTokens.ts'
import { hashMatches, hashSecret } from '../rooms/roomSecrets.ts'
import type { FacilitatorLinkRecord } from '../storage/FacilitationStorage.ts'
import type { Storage } from '../storage/Storage.ts'
import { matchFacilitatorKey } from './matchFacilitatorKey.ts'

/** The token of an `Authorization: Bearer <token>` header, or null without one. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}

/** The working link whose key the request carries. */
export async function requireFacilitator(
  storage: Pick<Storage, 'listFacilitatorLinks'>,
  roomId: string,
  authorization: string | undefined,
): Promise<FacilitatorLinkRecord> {
  const key = bearerToken(authorization)
  if (key === null) throw new HttpError(401, 'Only facilitators can do this. Open the room with a facilitator link.')
  const links = (await storage.listFacilitatorLinks(roomId)).filter((link) => link.revokedAt === null)
  const id = matchFacilitatorKey(links, key)
  const link = links.find((each) => each.id === id)
  if (!link) throw new HttpError(403, 'This facilitator link does not work for this room. It may have been revoked.')
  return link
}

/** The id of the participant whose token the request carries. */
export async function requireParticipant(
  storage: Pick<Storage, 'getParticipant'>,
  roomId: string,
  authorization: string | undefined,
): Promise<string> {
  const token = bearerToken(authorization)
  if (token === null) throw new HttpError(401, 'Join the room first, then try again.')
  const refused = new HttpError(403, 'This browser is not recognised in this room. Reload the page to join again.')
  const participantId = participantIdOfToken(token)
  if (participantId === null) throw refused
  const participant = await storage.getParticipant(roomId, participantId)
  if (!participant || !hashMatches(hashSecret(token), participant.tokenHash)) throw refused
  return participant.id
}

/**
 * For what both facilitators and participants may read: a working facilitator key or a
 * participant token of this room. Missing → 401; neither → 403.
 */
export async function requireFacilitatorOrParticipant(
  storage: Pick<Storage, 'listFacilitatorLinks' | 'getParticipant'>,
  roomId: string,
  authorization: string | undefined,
): Promise<'facilitator' | 'participant'> {
  const secret = bearerToken(authorization)
  if (secret === null) throw new HttpError(401, 'Join the room first, then try again.')
  const links = (await storage.listFacilitatorLinks(roomId)).filter((link) => link.revokedAt === null)
  if (matchFacilitatorKey(links, secret) !== null) return 'facilitator'
  await requireParticipant(storage, roomId, authorization)
  return 'participant'
}
