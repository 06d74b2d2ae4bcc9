// The facilitation part of the Storage contract: links, participants, votes and media.
// Run by describeStorageContract against each implementation.
import { expect, it } from 'vitest'
import { newRoomRecord } from './roomFixtures.ts'
import type { ContractContext } from './storageContract.ts'

const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)

export function facilitationContract(context: ContractContext): void {
  async function storedRoom() {
    const room = newRoomRecord()
    await context.storage.createRoom(room)
    return room
  }

  async function withVoters(roomId: string, ...ids: string[]): Promise<void> {
    for (const id of ids) await context.storage.addParticipant({ id, roomId, tokenHash: HASH_B, createdAt: 1 })
  }

  it("stores the creator's facilitator link with the room", async () => {
    const room = await storedRoom()
    expect(await context.storage.listFacilitatorLinks(room.id)).toEqual([
      { id: room.facilitatorLink.id, roomId: room.id, keyHash: room.facilitatorLink.keyHash, createdAt: room.createdAt, revokedAt: null },
    ])
  })

  it('adds co-facilitator links and revokes each once, in its own room only', async () => {
    const { storage } = context
    const room = await storedRoom()
    const other = await storedRoom()
    await storage.addFacilitatorLink({ id: 'cofacilitator01', roomId: room.id, keyHash: HASH_B, createdAt: room.createdAt + 10 })
    expect((await storage.listFacilitatorLinks(room.id)).map((link) => link.id)).toEqual([room.facilitatorLink.id, 'cofacilitator01'])

    expect(await storage.revokeFacilitatorLink(other.id, 'cofacilitator01', 5)).toBe(false)
    expect(await storage.revokeFacilitatorLink(room.id, 'cofacilitator01', room.createdAt + 20)).toBe(true)
    expect(await storage.revokeFacilitatorLink(room.id, 'cofacilitator01', room.createdAt + 30)).toBe(false)
    expect(await storage.revokeFacilitatorLink(room.id, 'nosuchlink000000', 5)).toBe(false)
    const links = await storage.listFacilitatorLinks(room.id)
    expect(links.map((link) => link.revokedAt)).toEqual([null, room.createdAt + 20])
    expect(await storage.listFacilitatorLinks(other.id)).toHaveLength(1)
  })

  it('finds a participant in their own room only', async () => {
    const room = await storedRoom()
    const other = await storedRoom()
    const participant = { id: 'heron-1', roomId: room.id, tokenHash: HASH_A, createdAt: 1_700_000_000_500 }
    await context.storage.addParticipant(participant)
    expect(await context.storage.getParticipant(room.id, 'heron-1')).toEqual(participant)
    expect(await context.storage.getParticipant(other.id, 'heron-1')).toBeNull()
    expect(await context.storage.getParticipant(room.id, 'otter-2')).toBeNull()
  })

  it("keeps each participant's ballot and sums everyone's dots into tallies", async () => {
    const { storage } = context
    const room = await storedRoom()
    await withVoters(room.id, 'heron', 'otter')
    await storage.setVote(room.id, 'heron', 'idea-parking', 2)
    await storage.setVote(room.id, 'heron', 'idea-letters', 1)
    await storage.setVote(room.id, 'otter', 'idea-parking', 1)
    expect(await storage.getBallot(room.id, 'heron')).toEqual(new Map([['idea-letters', 1], ['idea-parking', 2]]))
    expect(await storage.getTallies(room.id)).toEqual(new Map([['idea-letters', 1], ['idea-parking', 3]]))

    await storage.setVote(room.id, 'heron', 'idea-parking', 0)
    expect(await storage.getBallot(room.id, 'heron')).toEqual(new Map([['idea-letters', 1]]))
    await storage.deleteVotesForIdea(room.id, 'idea-letters')
    expect(await storage.getTallies(room.id)).toEqual(new Map([['idea-parking', 1]]))
    expect(await storage.getBallot(room.id, 'nobody')).toEqual(new Map())
  })

  it('counts votes carried over from a backup in tallies, on nobody\'s ballot, in their own room only', async () => {
    const { storage } = context
    const room = await storedRoom()
    const other = await storedRoom()
    await withVoters(room.id, 'heron')
    await storage.addCarriedVotes(room.id, new Map([['idea-parking', 4], ['idea-letters', 2]]))
    await storage.setVote(room.id, 'heron', 'idea-parking', 1)
    expect(await storage.getTallies(room.id)).toEqual(new Map([['idea-letters', 2], ['idea-parking', 5]]))
    expect(await storage.getBallot(room.id, 'heron')).toEqual(new Map([['idea-parking', 1]]))
    expect(await storage.getTallies(other.id)).toEqual(new Map())

    await storage.deleteVotesForIdea(room.id, 'idea-parking')
    expect(await storage.getTallies(room.id)).toEqual(new Map([['idea-letters', 2]]))
    const reopened = await context.reopen()
    expect(await reopened.getTallies(room.id)).toEqual(new Map([['idea-letters', 2]]))
    await reopened.deleteRoom(room.id)
    expect(await reopened.getTallies(room.id)).toEqual(new Map())
  })

  it('refuses a vote from someone who never registered', async () => {
    const room = await storedRoom()
    await expect(context.storage.setVote(room.id, 'stranger', 'idea-parking', 1)).rejects.toThrow()
    expect(await context.storage.getTallies(room.id)).toEqual(new Map())
  })

  it("gives back media bytes and type, in the media's own room only", async () => {
    const { storage } = context
    const room = await storedRoom()
    const other = await storedRoom()
    const media = { id: 'picture-1', roomId: room.id, contentType: 'image/png', bytes: Uint8Array.from([137, 80, 78, 71]), createdAt: 5 }
    await storage.addMedia(media)
    const stored = await storage.getMedia(room.id, 'picture-1')
    expect(stored && { ...stored, bytes: Array.from(stored.bytes) }).toEqual({ ...media, bytes: [137, 80, 78, 71] })
    expect(await storage.getMedia(other.id, 'picture-1')).toBeNull()
    await storage.deleteMedia(room.id, 'picture-1')
    expect(await storage.getMedia(room.id, 'picture-1')).toBeNull()
  })

  it('deletes links, participants, votes and media with their room', async () => {
    const { storage } = context
    const room = await storedRoom()
    await withVoters(room.id, 'heron')
    await storage.setVote(room.id, 'heron', 'idea-parking', 1)
    await storage.addMedia({ id: 'audio-1', roomId: room.id, contentType: 'audio/ogg', bytes: new Uint8Array(3), createdAt: 5 })
    await storage.deleteRoom(room.id)
    expect(await storage.listFacilitatorLinks(room.id)).toEqual([])
    expect(await storage.getParticipant(room.id, 'heron')).toBeNull()
    expect(await storage.getTallies(room.id)).toEqual(new Map())
    expect(await storage.getMedia(room.id, 'audio-1')).toBeNull()
  })

  it('keeps links, participants, votes and media after closing and reopening', async () => {
    const room = await storedRoom()
    await withVoters(room.id, 'heron')
    await context.storage.setVote(room.id, 'heron', 'idea-parking', 2)
    await context.storage.revokeFacilitatorLink(room.id, room.facilitatorLink.id, 9)
    await context.storage.addMedia({ id: 'audio-2', roomId: room.id, contentType: 'audio/ogg', bytes: new Uint8Array(3), createdAt: 5 })
    const storage = await context.reopen()
    expect((await storage.listFacilitatorLinks(room.id))[0]?.revokedAt).toBe(9)
    expect(await storage.getParticipant(room.id, 'heron')).not.toBeNull()
    expect(await storage.getBallot(room.id, 'heron')).toEqual(new Map([['idea-parking', 2]]))
    expect((await storage.getMedia(room.id, 'audio-2'))?.contentType).toBe('audio/ogg')
  })
}
