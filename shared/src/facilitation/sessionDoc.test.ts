import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEFAULT_SESSION, applyCommand } from './session.ts'
import { SessionRoot, readMoreTimeCount, readSession, readSessionField, readTallies, writeMoreTimeCount, writeSession, writeTallies } from './sessionDoc.ts'

describe('the session document', () => {
  it('reads defaults from an empty document', () => {
    expect(readSession(new Y.Doc())).toEqual(DEFAULT_SESSION)
  })

  it('round-trips the state and writes only what changed', () => {
    const doc = new Y.Doc()
    const state = applyCommand(applyCommand(DEFAULT_SESSION, { type: 'set-phase', phase: 'vote' }, 0), { type: 'set-lock', locked: true }, 0)
    writeSession(doc, state)
    expect(readSession(doc)).toEqual(state)

    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    writeSession(doc, state)
    expect(updates).toHaveLength(0)
  })

  it('falls back to defaults for malformed fields', () => {
    const doc = new Y.Doc()
    const map = doc.getMap(SessionRoot.session)
    map.set('phase', 'party')
    map.set('locked', 'yes')
    map.set('timer', { status: 'running' })
    expect(readSession(doc)).toEqual(DEFAULT_SESSION)
  })

  it('reads one field as the whole session reads it, default and all', () => {
    const doc = new Y.Doc()
    expect(readSessionField(doc, 'locked')).toBe(false)
    writeSession(doc, applyCommand(DEFAULT_SESSION, { type: 'set-lock', locked: true }, 0))
    expect(readSessionField(doc, 'locked')).toBe(true)
    doc.getMap(SessionRoot.session).set('locked', 'yes')
    expect(readSessionField(doc, 'locked')).toBe(false)
    expect(readSessionField(doc, 'phase')).toBe(readSession(doc).phase)
  })

  it('withholds tallies entirely while hidden', () => {
    const doc = new Y.Doc()
    writeTallies(doc, new Map([['a', 2], ['b', 0]]))
    expect(readTallies(doc)).toEqual(new Map([['a', 2]]))
    writeTallies(doc, null)
    expect(readTallies(doc)).toBeNull()
    expect(doc.getMap(SessionRoot.tallies).size).toBe(0)
  })

  it('keeps the more-time count', () => {
    const doc = new Y.Doc()
    expect(readMoreTimeCount(doc)).toBe(0)
    writeMoreTimeCount(doc, 3)
    expect(readMoreTimeCount(doc)).toBe(3)
  })
})
