// A phone's outbox for one room: every idea this phone sent, kept in the browser's storage
// until the board holds it, so a dropped signal or a reload never loses one or adds it twice.
import { type Board, Limits, type NewIdea, PICTURES, randomId } from '@roundtable/shared'
import { type KeyValueStore, parseJson } from '../room/browserStorage.ts'

/**
 * When an idea may go onto the board: 'now'; a reveal round number (written while the room
 * had private writing on, so it waits until the room's reveal round is past it); or
 * 'ask' when it was written before this phone knew whether writing was private.
 */
export type Release = 'now' | 'ask' | number

export interface OutboxIdea {
  /** The id the idea will have on the board, chosen when it was written: sending it again writes the same idea. */
  id: string
  text: string
  picture: string
  authorId: string
  createdAt: number
  release: Release
  sent: boolean
}

/** What the phone knows about the room's private writing when it sends. */
export interface PrivacyNow {
  privateWriting: boolean
  revealRound: number
}

/** Where ideas go: the room's board. */
export interface IdeaDestination {
  hasIdea(id: string): boolean
  addIdea(idea: NewIdea): string
}

export function ideaDestination(board: Board): IdeaDestination {
  return { hasIdea: (id) => board.ideasMap.has(id), addIdea: (idea) => board.addIdea(idea) }
}

/** Sent ideas kept for the "Your ideas" list; older ones are forgotten, waiting ones never. */
export const SENT_KEPT = 50

export function outboxKey(roomId: string): string {
  return `roundtable:${roomId}:phone-outbox`
}

export function readOutbox(storage: KeyValueStore, key: string): OutboxIdea[] {
  const value = parseJson(storage.getItem(key))
  if (!Array.isArray(value)) return []
  // One damaged entry (an old version, a hand edit) is dropped; the rest still go.
  return value.flatMap((entry: unknown) => {
    const idea = parseOutboxIdea(entry)
    return idea ? [idea] : []
  })
}

export function writeOutbox(storage: KeyValueStore, key: string, ideas: readonly OutboxIdea[]): void {
  if (ideas.length === 0) storage.removeItem(key)
  else storage.setItem(key, JSON.stringify(ideas))
}

export function queueIdea(
  ideas: readonly OutboxIdea[],
  input: { text: string; picture: string; authorId: string; release: Release },
  id: string = randomId(),
  now: number = Date.now(),
): OutboxIdea[] {
  const text = input.text.trim().slice(0, Limits.maxIdeaLength)
  if (text === '') return [...ideas]
  return [...ideas, { id, text, picture: input.picture, authorId: input.authorId, createdAt: now, release: input.release, sent: false }]
}

/**
 * Puts every idea that may go now onto the board, once: one the board already holds (sent
 * just before a reload, or by another tab) is only marked sent. Call it only while the
 * board is loaded, in sync and open to this person. Returns the ids it added.
 */
export function flushOutbox(
  ideas: readonly OutboxIdea[],
  board: IdeaDestination,
  privacy: PrivacyNow,
  now: number = Date.now(),
): { ideas: OutboxIdea[]; added: string[] } {
  const added: string[] = []
  const next = ideas.map((idea) => {
    if (idea.sent) return idea
    const release = settleRelease(idea.release, privacy)
    if (release !== 'now' && release >= privacy.revealRound) return release === idea.release ? idea : { ...idea, release }
    // Ideas kept private share the moment of their reveal, so the board's order says nothing of when each was written.
    const createdAt = release === 'now' ? idea.createdAt : now
    if (!board.hasIdea(idea.id)) {
      board.addIdea({ id: idea.id, text: idea.text, authorId: idea.authorId, picture: idea.picture, createdAt })
      added.push(idea.id)
    }
    return { ...idea, createdAt, release: 'now' as const, sent: true }
  })
  return { ideas: forgetOldSent(next), added }
}

/** After the board refused this phone's changes (it was locked meanwhile), these ideas wait again. */
export function markWaiting(ideas: readonly OutboxIdea[], ids: ReadonlySet<string>): OutboxIdea[] {
  return ideas.map((idea) => (idea.sent && ids.has(idea.id) ? { ...idea, sent: false } : idea))
}

export type OutboxState = 'sent' | 'waiting' | 'private'

export function outboxState(idea: OutboxIdea): OutboxState {
  if (idea.sent) return 'sent'
  return typeof idea.release === 'number' ? 'private' : 'waiting'
}

/** What to write as an idea's release when the phone sends it. Unknown session: decide once it is known. */
export function releaseFor(privacy: PrivacyNow | null): Release {
  return privacy ? settleRelease('ask', privacy) : 'ask'
}

function settleRelease(release: Release, privacy: PrivacyNow): 'now' | number {
  if (release !== 'ask') return release
  return privacy.privateWriting ? privacy.revealRound : 'now'
}

function forgetOldSent(ideas: OutboxIdea[]): OutboxIdea[] {
  const sent = ideas.filter((idea) => idea.sent).length
  if (sent <= SENT_KEPT) return ideas
  let extra = sent - SENT_KEPT
  return ideas.filter((idea) => !(idea.sent && extra-- > 0))
}

function parseOutboxIdea(value: unknown): OutboxIdea | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, text, picture, authorId, createdAt, release, sent } = value as Record<string, unknown>
  if (typeof id !== 'string' || id === '' || typeof text !== 'string' || text.trim() === '') return null
  if (typeof picture !== 'string' || !PICTURES.some((known) => known.emoji === picture)) return null
  if (typeof authorId !== 'string' || authorId === '') return null
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || typeof sent !== 'boolean') return null
  const validRelease = release === 'now' || release === 'ask' || (typeof release === 'number' && Number.isInteger(release) && release >= 0)
  if (!validRelease) return null
  return { id, text: text.slice(0, Limits.maxIdeaLength), picture, authorId, createdAt, release, sent }
}
