// The session document: a Y.Doc that only the server writes, carrying the facilitation
// state, the "I need more time" count and the vote tallies to every browser.
import * as Y from 'yjs'
import { isPhase } from './phases.ts'
import { DEFAULT_SESSION, type SessionState } from './session.ts'
import type { TimerState } from './timer.ts'
import { parseVoteSettings } from './votes.ts'

export const SessionRoot = {
  /** SessionState, one key per field, plus `moreTimeCount`. */
  session: 'session',
  /** Idea id → votes, present only while tallies are visible. */
  tallies: 'tallies',
} as const

type Field = keyof SessionState
const FIELDS = Object.keys(DEFAULT_SESSION) as Field[]

const isBool = (value: unknown) => typeof value === 'boolean'
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0

/** What each field's stored value must be; anything else reads as the field's default. */
const VALID: { [K in Field]: (value: unknown) => boolean } = {
  phase: isPhase,
  privateWriting: isBool,
  revealRound: isCount,
  timer: isTimer,
  locked: isBool,
  showNames: isBool,
  voteSettings: (value) => typeof parseVoteSettings(value) !== 'string',
  attentionRound: isCount,
  attentionView: (value) => value === null || isView(value),
  hiddenIdeaIds: (value) => Array.isArray(value) && value.every((id) => typeof id === 'string'),
  welcome: isWelcome,
}

/** Reads one field of the session, or its default when it is missing or malformed. */
export function readSessionField<K extends Field>(doc: Y.Doc, field: K): SessionState[K] {
  const value = doc.getMap<unknown>(SessionRoot.session).get(field)
  return (VALID[field](value) ? value : DEFAULT_SESSION[field]) as SessionState[K]
}

/** Reads the session from the document, taking the default for any field that is missing or malformed. */
export function readSession(doc: Y.Doc): SessionState {
  const read = <K extends Field>(field: K) => readSessionField(doc, field)
  return {
    phase: read('phase'),
    privateWriting: read('privateWriting'),
    revealRound: read('revealRound'),
    timer: read('timer'),
    locked: read('locked'),
    showNames: read('showNames'),
    voteSettings: read('voteSettings'),
    attentionRound: read('attentionRound'),
    attentionView: read('attentionView'),
    hiddenIdeaIds: read('hiddenIdeaIds'),
    welcome: read('welcome'),
  }
}

/** Writes the fields of `next` that differ from what the document holds, in one transaction. */
export function writeSession(doc: Y.Doc, next: SessionState): void {
  const map = doc.getMap<unknown>(SessionRoot.session)
  doc.transact(() => {
    for (const field of FIELDS) {
      if (JSON.stringify(map.get(field)) !== JSON.stringify(next[field])) map.set(field, next[field])
    }
  })
}

export function readMoreTimeCount(doc: Y.Doc): number {
  const value = doc.getMap<unknown>(SessionRoot.session).get('moreTimeCount')
  return typeof value === 'number' && value >= 0 ? value : 0
}

export function writeMoreTimeCount(doc: Y.Doc, count: number): void {
  const map = doc.getMap<unknown>(SessionRoot.session)
  if (map.get('moreTimeCount') !== count) map.set('moreTimeCount', count)
}

/** The visible tallies, or null while they are hidden. */
export function readTallies(doc: Y.Doc): Map<string, number> | null {
  const session = doc.getMap<unknown>(SessionRoot.session)
  if (session.get('talliesHidden') === true) return null
  const tallies = new Map<string, number>()
  for (const [id, votes] of doc.getMap<unknown>(SessionRoot.tallies).entries()) {
    if (typeof votes === 'number' && votes > 0) tallies.set(id, votes)
  }
  return tallies
}

/** Publishes tallies, or withholds them entirely (null) so no browser receives them early. */
export function writeTallies(doc: Y.Doc, tallies: ReadonlyMap<string, number> | null): void {
  const session = doc.getMap<unknown>(SessionRoot.session)
  const map = doc.getMap<unknown>(SessionRoot.tallies)
  doc.transact(() => {
    if (session.get('talliesHidden') !== (tallies === null)) session.set('talliesHidden', tallies === null)
    const next = tallies ?? new Map<string, number>()
    for (const id of [...map.keys()]) if (!next.has(id)) map.delete(id)
    for (const [id, votes] of next) if (votes > 0 && map.get(id) !== votes) map.set(id, votes)
  })
}

function isTimer(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false
  const timer = value as Record<string, unknown>
  const num = (key: string) => typeof timer[key] === 'number' && Number.isFinite(timer[key])
  if (timer['status'] === 'idle') return true
  if (timer['status'] === 'running') return num('durationMs') && num('endsAt')
  if (timer['status'] === 'paused') return num('durationMs') && num('remainingMs')
  return false
}

function isView(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const view = value as Record<string, unknown>
  return ['x', 'y', 'w', 'h'].every((key) => typeof view[key] === 'number' && Number.isFinite(view[key]))
}

function isWelcome(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const welcome = value as Record<string, unknown>
  const idOrNull = (key: string) => welcome[key] === null || typeof welcome[key] === 'string'
  return typeof welcome['text'] === 'string' && idOrNull('pictureId') && idOrNull('audioId')
}
