import { describe, expect, it } from 'vitest'
import { hashSecret, newFacilitatorKey } from '../rooms/roomSecrets.ts'
import { matchFacilitatorKey } from './matchFacilitatorKey.ts'

describe('matchFacilitatorKey', () => {
  it('names the link a key belongs to, and no link for any other key', () => {
    const keys = [newFacilitatorKey(), newFacilitatorKey()]
    const links = keys.map((key, i) => ({ id: `link-${i}`, keyHash: hashSecret(key) }))
    expect(matchFacilitatorKey(links, keys[1] ?? '')).toBe('link-1')
    expect(matchFacilitatorKey(links, keys[0] ?? '')).toBe('link-0')
    expect(matchFacilitatorKey(links, newFacilitatorKey())).toBeNull()
    expect(matchFacilitatorKey([], keys[0] ?? '')).toBeNull()
  })
})
