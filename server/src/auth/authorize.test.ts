import { describe, expect, it } from 'vitest'
import { HttpError } from '../HttpError.ts'
import { newParticipant } from '../rooms/participantTokens.ts'
import { hashSecret, newFacilitatorKey } from '../rooms/roomSecrets.ts'
import type { FacilitatorLinkRecord, ParticipantRecord } from '../storage/FacilitationStorage.ts'
import { bearerToken, requireFacilitator, requireFacilitatorOrParticipant, requireParticipant } from './authorize.ts'

const ROOM = 'room-under-test'

function linksWith(...links: { id: string; key: string; revoked?: boolean }[]) {
  const records: FacilitatorLinkRecord[] = links.map((link) => ({
    id: link.id,
    roomId: ROOM,
    keyHash: hashSecret(link.key),
    createdAt: 1,
    revokedAt: link.revoked ? 2 : null,
  }))
  return { listFacilitatorLinks: async (roomId: string) => (roomId === ROOM ? records : []) }
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
    return 200
  } catch (error) {
    if (error instanceof HttpError) return error.status
    throw error
  }
}

describe('bearerToken', () => {
  it('reads the token of a Bearer header, and nothing else', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def')
    expect(bearerToken('bearer  abc ')).toBe('abc')
    expect(bearerToken(undefined)).toBeNull()
    expect(bearerToken('Basic abc')).toBeNull()
    expect(bearerToken('Bearer ')).toBeNull()
  })
})

describe('requireFacilitator', () => {
  const first = newFacilitatorKey()
  const second = newFacilitatorKey()
  const revoked = newFacilitatorKey()
  const storage = linksWith({ id: 'first', key: first }, { id: 'second', key: second }, { id: 'old', key: revoked, revoked: true })

  it('finds the working link whose key is presented', async () => {
    expect((await requireFacilitator(storage, ROOM, `Bearer ${second}`)).id).toBe('second')
    expect((await requireFacilitator(storage, ROOM, `Bearer ${first}`)).id).toBe('first')
  })

  it('answers 401 without a key, and 403 for a wrong, revoked or other room’s key', async () => {
    expect(await statusOf(requireFacilitator(storage, ROOM, undefined))).toBe(401)
    expect(await statusOf(requireFacilitator(storage, ROOM, `Bearer ${newFacilitatorKey()}`))).toBe(403)
    expect(await statusOf(requireFacilitator(storage, ROOM, `Bearer ${revoked}`))).toBe(403)
    expect(await statusOf(requireFacilitator(storage, 'another-room', `Bearer ${first}`))).toBe(403)
  })
})

describe('requireParticipant', () => {
  const heron = newParticipant()
  const records = new Map<string, ParticipantRecord>([
    [heron.participantId, { id: heron.participantId, roomId: ROOM, tokenHash: heron.tokenHash, createdAt: 1 }],
  ])
  const storage = {
    getParticipant: async (roomId: string, id: string) => (roomId === ROOM ? (records.get(id) ?? null) : null),
  }

  it('names the participant whose token is presented', async () => {
    expect(await requireParticipant(storage, ROOM, `Bearer ${heron.token}`)).toBe(heron.participantId)
  })

  it('answers 401 without a token, and 403 for a forged or other room’s token', async () => {
    const forged = `${heron.participantId}.${'x'.repeat(43)}`
    expect(await statusOf(requireParticipant(storage, ROOM, undefined))).toBe(401)
    expect(await statusOf(requireParticipant(storage, ROOM, `Bearer ${forged}`))).toBe(403)
    expect(await statusOf(requireParticipant(storage, ROOM, 'Bearer not-a-token'))).toBe(403)
    expect(await statusOf(requireParticipant(storage, ROOM, `Bearer ${newParticipant().token}`))).toBe(403)
    expect(await statusOf(requireParticipant(storage, 'another-room', `Bearer ${heron.token}`))).toBe(403)
  })
})

describe('requireFacilitatorOrParticipant', () => {
  const key = newFacilitatorKey()
  const wren = newParticipant()
  const storage = {
    ...linksWith({ id: 'first', key }),
    getParticipant: async (roomId: string, id: string): Promise<ParticipantRecord | null> =>
      roomId === ROOM && id === wren.participantId ? { id, roomId, tokenHash: wren.tokenHash, createdAt: 1 } : null,
  }

  it('lets in a facilitator key or a participant token of the room', async () => {
    expect(await requireFacilitatorOrParticipant(storage, ROOM, `Bearer ${key}`)).toBe('facilitator')
    expect(await requireFacilitatorOrParticipant(storage, ROOM, `Bearer ${wren.token}`)).toBe('participant')
  })

  it('answers 401 with neither, and 403 for a secret that is not this room’s', async () => {
    expect(await statusOf(requireFacilitatorOrParticipant(storage, ROOM, undefined))).toBe(401)
    expect(await statusOf(requireFacilitatorOrParticipant(storage, ROOM, `Bearer ${newFacilitatorKey()}`))).toBe(403)
    expect(await statusOf(requireFacilitatorOrParticipant(storage, ROOM, `Bearer ${newParticipant().token}`))).toBe(403)
    expect(await statusOf(requireFacilitatorOrParticipant(storage, 'another-room', `Bearer ${key}`))).toBe(403)
  })
})
