import { describe, expect, it } from 'vitest'
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, isRoomId } from '@roundtable/shared'
import { newParticipant, participantIdOfToken } from './participantTokens.ts'
import { hashFacilitatorKey, hashMatches, hashSecret, isFacilitatorKey, newFacilitatorKey, newJoinCode, newRoomId } from './roomSecrets.ts'

describe('room secrets', () => {
  it('makes room ids that the shared pattern accepts, different each time', () => {
    const ids = new Set(Array.from({ length: 100 }, newRoomId))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(isRoomId(id)).toBe(true)
  })

  it('makes join codes only from the easy-to-read alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode()
      expect(code).toHaveLength(JOIN_CODE_LENGTH)
      for (const char of code) expect(JOIN_CODE_ALPHABET).toContain(char)
    }
  })

  it('recognises the facilitator key from its hash and nothing else', () => {
    const key = newFacilitatorKey()
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const hash = hashFacilitatorKey(key)
    expect(hash).not.toContain(key)
    expect(isFacilitatorKey(key, hash)).toBe(true)
    expect(isFacilitatorKey(newFacilitatorKey(), hash)).toBe(false)
    expect(isFacilitatorKey(key, 'not-a-hash')).toBe(false)
  })

  it('compares hashes only when both are whole SHA-256 hashes', () => {
    const hash = hashSecret('a key')
    expect(hashMatches(hash, hash)).toBe(true)
    expect(hashMatches('', '')).toBe(false)
    expect(hashMatches(hash.slice(0, 10), hash.slice(0, 10))).toBe(false)
  })

  it("makes participant tokens that name their participant and are stored only as a hash", () => {
    const { participantId, token, tokenHash } = newParticipant()
    expect(participantId).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(participantIdOfToken(token)).toBe(participantId)
    expect(tokenHash).toBe(hashSecret(token))
    expect(tokenHash).not.toContain(token)
    expect(participantIdOfToken(`${participantId}.short`)).toBeNull()
    expect(participantIdOfToken('not a token')).toBeNull()
    expect(newParticipant().participantId).not.toBe(participantId)
  })
})
