// A room's backup as JSON: the whole board as one Yjs update, the session and the vote
// tallies, so restoring it into a new room reproduces the board exactly. Who voted for
// what is not in it: ballots never leave the server.
import { toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import { DocRoot } from '../board/Board.ts'
import type { SessionState } from '../facilitation/session.ts'

export const BACKUP_FORMAT = 'roundtable-backup'
export const BACKUP_VERSION = 1
/** The largest backup file a server takes, in bytes of JSON. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024

export interface BackupTally {
  ideaId: string
  votes: number
}

/** A backup as it is written to a file. */
export interface BackupJson {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO 8601. */
  exportedAt: string
  room: { title: string; question: string }
  /** Base64 of Y.encodeStateAsUpdate(board document): ideas, themes, canvas, participants, name proposals. */
  board: string
  session: SessionState
  /** Ideas on the board with at least one vote, by idea id. */
  tallies: BackupTally[]
}

export interface BackupMeta {
  title: string
  question: string
  tallies: ReadonlyMap<string, number>
  /** Milliseconds since the epoch. */
  exportedAt: number
}

/** Tallies are kept for ideas on the board only: votes on a deleted idea count for nothing. */
export function toBackup(doc: Y.Doc, session: SessionState, meta: BackupMeta): BackupJson {
  const ideas = doc.getMap(DocRoot.ideas)
  const tallies = [...meta.tallies]
    .filter(([ideaId, votes]) => ideas.has(ideaId) && Number.isInteger(votes) && votes > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ideaId, votes]) => ({ ideaId, votes }))
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    room: { title: meta.title, question: meta.question },
    board: toBase64(Y.encodeStateAsUpdate(doc)),
    session,
    tallies,
  }
}
