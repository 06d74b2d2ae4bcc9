// Random room ids, join codes and facilitator keys, and how a facilitator key is checked.
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

/** Only this hash is stored: a copy of the database does not hand out facilitation. */
export function hashFacilitatorKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

export function isFacilitatorKey(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashFacilitatorKey(key), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}
