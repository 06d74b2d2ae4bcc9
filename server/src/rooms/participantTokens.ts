// Participant ids and tokens. A token is "<participantId>.<secret>": the id finds the one
// stored hash to compare against, so checking a token is one lookup and one constant-time
// comparison.
import { randomBytes } from 'node:crypto'
import { hashSecret } from './roomSecrets.ts'

export interface NewParticipant {
  /** The person's id on the board: 16 characters of base64url. */
  participantId: string
  /** Handed to their browser once; only its hash is stored. */
  token: string
  tokenHash: string
}

export function newParticipant(): NewParticipant {
  const participantId = randomBytes(12).toString('base64url')
  const token = `${participantId}.${randomBytes(32).toString('base64url')}`
  return { participantId, token, tokenHash: hashSecret(token) }
}

/** The participant id a token claims to belong to, or null when it cannot be a token. */
export function participantIdOfToken(token: string): string | null {
  const match = /^([A-Za-z0-9_-]{16})\.[A-Za-z0-9_-]{43}$/.exec(token)
  return match?.[1] ?? null
}
