// What each browser tells the others through Yjs awareness, parsed from untrusted states:
// who they are, where their pointer is, what part of the board they are looking at, and
// the list of people here now.
import { type Participant, parseParticipant } from '@roundtable/shared'

/** This browser's awareness state. */
export interface PresenceState {
  participant: Participant
  /** Pointer position in page coordinates, or null before it has moved over the board. */
  cursor: { x: number; y: number } | null
  pageId: string | null
  /** Their camera and screen size, so others can follow their view. */
  view: SharedCamera | null
}

export interface SharedCamera {
  camera: { x: number; y: number; z: number }
  screen: { w: number; h: number }
}

export interface PersonHere {
  participant: Participant
  isYou: boolean
}

/** Reads one awareness state from another browser, or null when it is not a usable presence. */
export function parsePresence(state: unknown): PresenceState | null {
  if (typeof state !== 'object' || state === null) return null
  const { participant, cursor, pageId, view } = state as Record<string, unknown>
  const who = parseParticipant(participant)
  if (!who) return null
  return {
    participant: who,
    cursor: parseCursor(cursor),
    pageId: typeof pageId === 'string' && pageId.startsWith('page:') ? pageId : null,
    view: parseView(view),
  }
}

function parseView(value: unknown): SharedCamera | null {
  if (typeof value !== 'object' || value === null) return null
  const { camera, screen } = value as Record<string, unknown>
  if (typeof camera !== 'object' || camera === null || typeof screen !== 'object' || screen === null) return null
  const { x, y, z } = camera as Record<string, unknown>
  const { w, h } = screen as Record<string, unknown>
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)
  if (!finite(x) || !finite(y) || !finite(z) || !finite(w) || !finite(h) || z <= 0 || w <= 0 || h <= 0) return null
  return { camera: { x, y, z }, screen: { w, h } }
}

function parseCursor(value: unknown): PresenceState['cursor'] {
  if (typeof value !== 'object' || value === null) return null
  const { x, y } = value as Record<string, unknown>
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null
}

/**
 * Everyone connected, once each even with several tabs open: you first, then the others
 * by name (never by when they joined or what they wrote).
 */
export function peopleHere(states: Iterable<[number, unknown]>, selfId: string): PersonHere[] {
  const byId = new Map<string, Participant>()
  for (const [, state] of states) {
    const presence = parsePresence(state)
    if (presence) byId.set(presence.participant.id, presence.participant)
  }
  return [...byId.values()]
    .map((participant) => ({ participant, isYou: participant.id === selfId }))
    .sort((a, b) => Number(b.isYou) - Number(a.isYou) || a.participant.name.localeCompare(b.participant.name) || (a.participant.id < b.participant.id ? -1 : 1))
}
