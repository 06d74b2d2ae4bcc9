// Random room ids, join codes, facilitator keys and participant tokens, and how a secret
// is checked against its stored hash.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@roundtable/shared'

/** 16 random bytes as base64url: 22 characters, matching ROOM_ID_PATTERN. */
export function newRoomId(): string {
  return randomBytes(16).toString('base64url')
}

export function newJoinCode(): string {
  let code = ''
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET.charAt(randomInt(JOIN_CODE_ALPHABET.length))
  return code
}

/** 32 random bytes as base64url. It travels in a URL fragment, so it never reaches a server log. */
export function newFacilitatorKey(): string {
  return randomBytes(32).toString('base64url')
}

/** Names a facilitator link so it can be listed and revoked; not a secret. */
export function newFacilitatorLinkId(): string {
  return randomBytes(8).toString('hex')
}

/** Only this hash is stored: a copy of the database does not hand out facilitation. */
export function hashFacilitatorKey(key: string): string {
  return hashSecret(key)
}

export function isFacilitatorKey(key: string, storedHash: string): boolean {
  return hashMatches(hashSecret(key), storedHash)
}

/** Hex SHA-256. The secrets are 256 random bits, so a plain hash is enough; no salt or stretching. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/** Compares two hex hashes in constant time, so response timing says nothing about a stored hash. */
export function hashMatches(givenHash: string, storedHash: string): boolean {
  const given = Buffer.from(givenHash, 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === 32 && given.length === stored.length && timingSafeEqual(given, stored)
}

/** Names an uploaded picture or sound; anyone with the room link may fetch it. */
export function newMediaId(): string {
  return randomBytes(12).toString('base64url')
}
