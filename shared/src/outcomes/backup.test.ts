import { toBase64 } from 'lib0/buffer'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEFAULT_SESSION, type SessionState } from '../facilitation/session.ts'
import { startTimer } from '../facilitation/timer.ts'
import { type BackupJson, MAX_BACKUP_BYTES, toBackup } from './backup.ts'
import { FIXTURE_TALLIES, fixtureBoard } from './outcomeFixture.ts'
import { parseBackup } from './parseBackup.ts'

const SESSION: SessionState = {
  ...DEFAULT_SESSION,
  phase: 'vote',
  locked: true,
  showNames: true,
  voteSettings: { budget: 5, multiplePerIdea: true, hideTallies: false },
  hiddenIdeaIds: ['i-07'],
  revealRound: 2,
  timer: startTimer(60_000, 1_700_000_000_000),
  attentionRound: 4,
  attentionView: { x: 1, y: 2, w: 3, h: 4 },
  welcome: { text: 'Welcome, everyone', pictureId: 'picture-1', audioId: null },
}

function backupOf(doc: Y.Doc): BackupJson {
  return toBackup(doc, SESSION, { title: 'Outpatients', question: 'What matters?', tallies: FIXTURE_TALLIES, exportedAt: Date.UTC(2024, 2, 1, 12) })
}

/** Every root map of a document as JSON: what anyone reading the board would see. */
function content(doc: Y.Doc, roots: Iterable<string>): Record<string, unknown> {
  return Object.fromEntries([...roots].map((name) => [name, doc.getMap(name).toJSON()]))
}

/** What parseBackup makes of a backup, as JSON survives a file (so no undefined and no shared references). */
const parse = (backup: unknown) => parseBackup(JSON.parse(JSON.stringify(backup)))

describe('backups', () => {
  it('round-trips the board exactly: a restored document holds the same content and the same update', () => {
    const original = fixtureBoard().doc
    const parsed = parse(backupOf(original))
    if (!parsed.ok) throw new Error(parsed.error)
    const restored = new Y.Doc()
    Y.applyUpdate(restored, parsed.backup.board)
    const roots = [...original.share.keys()]
    expect(roots).toEqual(expect.arrayContaining(['ideas', 'participants', 'canvas', 'themes', 'themeNameProposals', 'themeNameSupport']))
    expect(content(restored, roots)).toEqual(content(original, roots))
    expect(Y.encodeStateAsUpdate(restored)).toEqual(Y.encodeStateAsUpdate(original))
  })

  it('keeps the room, the tallies and the session, with the timer stopped, nobody sent anywhere and no uploads', () => {
    const parsed = parse(backupOf(fixtureBoard().doc))
    if (!parsed.ok) throw new Error(parsed.error)
    const { room, tallies, session, exportedAt } = parsed.backup
    expect(room).toEqual({ title: 'Outpatients', question: 'What matters?' })
    expect(exportedAt).toBe('2024-03-01T12:00:00.000Z')
    expect(tallies).toEqual(new Map([...FIXTURE_TALLIES].filter(([ideaId]) => ideaId !== 'no-longer-on-the-board')))
    expect(session).toEqual({
      ...SESSION,
      timer: { status: 'idle' },
      attentionRound: 0,
      attentionView: null,
      welcome: { text: 'Welcome, everyone', pictureId: null, audioId: null },
    })
  })

  it('writes tallies as a sorted list for ideas on the board, without any ballot', () => {
    const backup = backupOf(fixtureBoard().doc)
    expect(backup.tallies.map(({ ideaId, votes }) => `${ideaId}:${votes}`)).toEqual(['i-01:3', 'i-02:2', 'i-03:2', 'i-04:4', 'i-06:1', 'i-07:5', 'i-09:1'])
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'room', 'board', 'session', 'tallies'])
  })

  it('takes defaults for session fields a backup does not have', () => {
    const { session: _session, ...rest } = backupOf(fixtureBoard().doc)
    const parsed = parse({ ...rest, session: { phase: 'wrap-up' } })
    expect(parsed.ok && parsed.backup.session).toEqual({ ...DEFAULT_SESSION, phase: 'wrap-up' })
  })

  describe('refuses, with a reason', () => {
    const good = () => JSON.parse(JSON.stringify(backupOf(fixtureBoard().doc))) as Record<string, unknown>
    const errorOf = (backup: unknown) => {
      const parsed = parseBackup(backup)
      return parsed.ok ? 'accepted' : parsed.error
    }
    const garbage = toBase64(Uint8Array.from([1, 2, 3, 4, 5, 250, 251]))
    const incomplete = () => {
      // An update made after another, without it: it depends on changes it does not carry.
      const doc = new Y.Doc()
      doc.getMap('ideas').set('a', 1)
      const before = Y.encodeStateVector(doc)
      doc.getMap('ideas').set('b', 2)
      return toBase64(Y.encodeStateAsUpdate(doc, before))
    }

    it.each([
      ['something that is not a backup', [1, 2], 'not a Roundtable backup'],
      ['another format', { ...good(), format: 'miro' }, 'not a Roundtable backup'],
      ['a newer version', { ...good(), version: 2 }, 'version 2'],
      ['a board that is not base64', { ...good(), board: 'not base64!' }, 'not valid base64'],
      ['a board of base64 cut short', { ...good(), board: 'QUJDRA=' }, 'not valid base64'],
      ['a board that is not a Yjs update', { ...good(), board: garbage }, 'damaged'],
      ['a board missing what it builds on', { ...good(), board: incomplete() }, 'incomplete'],
      ['a board just under the size limit that is not Yjs', { ...good(), board: 'QUJD'.repeat(MAX_BACKUP_BYTES / 4 - 1024) }, 'damaged'],
      ['a board over the size limit', { ...good(), board: 'A'.repeat(MAX_BACKUP_BYTES + 4) }, 'too large'],
      ['no board', { ...good(), board: undefined }, 'no board'],
      ['an unknown phase', { ...good(), session: { phase: 'party' } }, 'invalid "phase"'],
      ['a vote budget out of range', { ...good(), session: { voteSettings: { budget: 0, multiplePerIdea: false, hideTallies: false } } }, 'invalid "voteSettings"'],
      ['negative votes', { ...good(), tallies: [{ ideaId: 'i-01', votes: -3 }] }, 'tallies'],
      ['an idea counted twice', { ...good(), tallies: [{ ideaId: 'i-01', votes: 1 }, { ideaId: 'i-01', votes: 2 }] }, 'tallies'],
      ['a title too long', { ...good(), room: { title: 'x'.repeat(121), question: '' } }, 'title'],
    ])('%s', (_what, backup, error) => {
      expect(errorOf(backup)).toContain(error)
    })
  })
})
