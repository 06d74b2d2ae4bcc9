// Reads a backup file from an untrusted source into typed values, or says clearly what is
// wrong with it. Nothing here throws; the board is checked to load whole before it is used.
import { fromBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import { SessionRoot, readSession } from '../facilitation/sessionDoc.ts'
import { DEFAULT_SESSION, MAX_WELCOME_TEXT, type SessionState } from '../facilitation/session.ts'
import { IDLE_TIMER } from '../facilitation/timer.ts'
import { parseVoteSettings } from '../facilitation/votes.ts'
import { Limits } from '../limits.ts'
import { isWellFormedUpdate } from '../protocol.ts'
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES } from './backup.ts'

export interface Backup {
  exportedAt: string
  room: { title: string; question: string }
  /** A Yjs update holding the whole board; it applies to an empty document with nothing missing. */
  board: Uint8Array
  /**
   * The session a restored room starts with: as backed up, except that the timer is
   * stopped, nobody is brought to a view, and there is no welcome picture or audio
   * (uploads are not in backups).
   */
  session: SessionState
  /** Idea id → votes. */
  tallies: Map<string, number>
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; error: string }

const MAX_TALLIES = 100_000
const MAX_VOTES_ON_IDEA = 1_000_000
const MAX_HIDDEN_IDEAS = 100_000
/** A plain character class: a pattern with a repeated group would overflow V8's stack on a 20 MB string. */
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/

const fail = (error: string): BackupParse => ({ ok: false, error })
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function parseBackup(value: unknown): BackupParse {
  if (!isObject(value) || value['format'] !== BACKUP_FORMAT) return fail('This file is not a Roundtable backup.')
  if (value['version'] !== BACKUP_VERSION) {
    return fail(`This backup is version ${JSON.stringify(value['version'])}; this server reads version ${BACKUP_VERSION} backups.`)
  }
  const exportedAt = value['exportedAt']
  if (typeof exportedAt !== 'string') return fail('The backup has no "exportedAt" time.')
  const room = parseRoom(value['room'])
  if (typeof room === 'string') return fail(room)
  const board = parseBoard(value['board'])
  if (typeof board === 'string') return fail(board)
  const session = parseSession(value['session'])
  if (typeof session === 'string') return fail(session)
  const tallies = parseTallies(value['tallies'])
  if (typeof tallies === 'string') return fail(tallies)
  return { ok: true, backup: { exportedAt, room, board, session, tallies } }
}

function parseRoom(value: unknown): Backup['room'] | string {
  if (!isObject(value)) return 'The backup has no room title and question.'
  const text = (name: string, max: number): string | null => {
    const field = value[name]
    if (typeof field !== 'string') return null
    const trimmed = field.trim()
    return [...trimmed].length <= max ? trimmed : null
  }
  const title = text('title', Limits.maxRoomTitleLength)
  const question = text('question', Limits.maxRoomQuestionLength)
  if (title === null) return `The room title in the backup must be text of at most ${Limits.maxRoomTitleLength} characters.`
  if (question === null) return `The question in the backup must be text of at most ${Limits.maxRoomQuestionLength} characters.`
  return { title, question }
}

function parseBoard(value: unknown): Uint8Array | string {
  if (typeof value !== 'string' || value === '') return 'The backup has no board.'
  if (value.length > MAX_BACKUP_BYTES) return 'The board in this backup is too large.'
  if (value.length % 4 !== 0 || !BASE64_CHARACTERS.test(value)) return 'The board in this backup is not valid base64, so it cannot be read.'
  const update = fromBase64(value)
  if (!isWellFormedUpdate(update)) return 'The board in this backup is damaged and cannot be read.'
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, update)
    // A well-formed update can still refer to changes it does not carry; Yjs would then
    // hold part of it back, and the restored board would be missing ideas.
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return 'The board in this backup is incomplete.'
    return Y.encodeStateAsUpdate(doc)
  } catch {
    return 'The board in this backup is damaged and cannot be read.'
  } finally {
    doc.destroy()
  }
}

type Field = keyof SessionState

/**
 * Checks each field with the same rules the session document is read with: a field that is
 * present must be valid; a missing one takes its default (a backup from before it existed).
 */
function parseSession(value: unknown): SessionState | string {
  if (!isObject(value)) return 'The backup has no session.'
  const doc = new Y.Doc()
  const map = doc.getMap<unknown>(SessionRoot.session)
  const present = (Object.keys(DEFAULT_SESSION) as Field[]).filter((field) => value[field] !== undefined)
  for (const field of present) map.set(field, value[field])
  const read = readSession(doc)
  doc.destroy()
  const invalid = present.find((field) => JSON.stringify(read[field]) !== JSON.stringify(value[field]))
  if (invalid !== undefined) return `The session in this backup has an invalid "${invalid}".`
  if (read.welcome.text.length > MAX_WELCOME_TEXT) return 'The welcome text in this backup is too long.'
  if (read.hiddenIdeaIds.length > MAX_HIDDEN_IDEAS || read.hiddenIdeaIds.some((id) => id.length === 0 || id.length > 64)) {
    return 'The hidden ideas in this backup are not valid idea ids.'
  }
  const voteSettings = parseVoteSettings(read.voteSettings)
  if (typeof voteSettings === 'string') return `The vote settings in this backup are not valid: ${voteSettings}.`
  return {
    ...read,
    voteSettings,
    timer: IDLE_TIMER,
    attentionRound: 0,
    attentionView: null,
    hiddenIdeaIds: [...read.hiddenIdeaIds],
    welcome: { text: read.welcome.text, pictureId: null, audioId: null },
  }
}

function parseTallies(value: unknown): Map<string, number> | string {
  const invalid = 'The vote tallies in this backup are not valid.'
  if (!Array.isArray(value) || value.length > MAX_TALLIES) return invalid
  const tallies = new Map<string, number>()
  for (const entry of value) {
    if (!isObject(entry)) return invalid
    const { ideaId, votes } = entry
    if (typeof ideaId !== 'string' || ideaId.length === 0 || ideaId.length > 64 || tallies.has(ideaId)) return invalid
    if (typeof votes !== 'number' || !Number.isInteger(votes) || votes < 1 || votes > MAX_VOTES_ON_IDEA) return invalid
    tallies.set(ideaId, votes)
  }
  return tallies
}
