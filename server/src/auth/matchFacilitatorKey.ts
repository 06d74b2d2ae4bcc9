// Finds which facilitator link a key belongs to, by hash, in constant time per link.
import { hashMatches, hashSecret } from '../rooms/roomSecrets.ts'

export interface LinkKeyHash {
  id: string
  keyHash: string
}

/**
 * The id of the link whose key this is, or null. Every link is compared, matched or not,
 * so the time taken says nothing about which stored hash came close.
 */
export function matchFacilitatorKey(links: Iterable<LinkKeyHash>, key: string): string | null {
  const given = hashSecret(key)
  let found: string | null = null
  for (const link of links) {
    if (hashMatches(given, link.keyHash) && found === null) found = link.id
  }
  return found
}
