import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncStep1, encodeUpdate } from '@roundtable/shared'
import { setLogLevel } from '../logger.ts'
import type { DocumentSource } from './LazyDocument.ts'
import { Room } from './Room.ts'
import { FakeConnection, HeldStore, settle } from './roomTestDoubles.ts'

let rooms: Room[] = []
beforeAll(() => setLogLevel('silent'))
afterEach(() => {
  for (const room of rooms) room.destroy()
  rooms = []
})

/** A board's history: each idea written by its own edit. */
function ideasWritten(...ideas: string[]): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (const idea of ideas) doc.getArray<string>('ideas').push([idea])
  return { updates, doc }
}

function loadedRoom(stored: readonly Uint8Array[]) {
  const store = new HeldStore()
  const document: DocumentSource = { stored }
  const room = new Room({ id: 'room-under-test-000000', document, lastSeq: stored.length, logEntries: 0, store, compactAfterUpdates: 500 })
  rooms.push(room)
  const join = (id: string) => {
    const connection = new FakeConnection(id)
    room.join(connection)
    return connection
  }
  return { room, store, join }
}

/** What a connection's copy of the board holds after applying every sync reply and update it was sent. */
function ideasSeenBy(connection: FakeConnection, start = new Y.Doc()): string[] {
  for (const message of connection.received) {
    if (message.kind === 'sync-step-2' || message.kind === 'update') Y.applyUpdate(start, message.update)
  }
  return start.getArray<string>('ideas').toArray()
}

const holdingNothing = () => encodeSyncStep1(Y.encodeStateVector(new Y.Doc()))

describe('a room loaded from storage', () => {
  it('sends a newcomer the stored snapshot as it is, and only builds the board once someone edits', async () => {
    const snapshot = Y.encodeStateAsUpdate(ideasWritten('More time with the GP', 'Easy-read letters').doc)
    const { room, store, join } = loadedRoom([snapshot])
    const newcomer = join('newcomer')
    room.receive(newcomer, holdingNothing())
    await settle()
    const reply = newcomer.received.find((message) => message.kind === 'sync-step-2')
    expect(reply?.kind === 'sync-step-2' && reply.update).toEqual(snapshot)
    expect(ideasSeenBy(newcomer)).toEqual(['More time with the GP', 'Easy-read letters'])

    // An edit builds the board from the snapshot and is relayed as usual.
    const editor = join('editor')
    const theirs = new Y.Doc()
    Y.applyUpdate(theirs, snapshot)
    const edit = captureEdit(theirs, () => theirs.getArray<string>('ideas').push(['A quiet room']))
    room.receive(editor, encodeUpdate(edit))
    store.releaseAll()
    await room.settled()
    expect(ideasSeenBy(newcomer)).toEqual(['More time with the GP', 'Easy-read letters', 'A quiet room'])
    expect(room.document.getArray<string>('ideas').toArray()).toEqual(['More time with the GP', 'Easy-read letters', 'A quiet room'])
  })

  it('gives a newcomer the snapshot and the log after it together', async () => {
    const { updates } = ideasWritten('Bus route', 'Evening clinic', 'Interpreter')
    const { room, join } = loadedRoom(updates)
    const newcomer = join('newcomer')
    room.receive(newcomer, holdingNothing())
    await settle()
    expect(ideasSeenBy(newcomer)).toEqual(['Bus route', 'Evening clinic', 'Interpreter'])
  })

  it('sends a returning person only what they lack', async () => {
    const { updates, doc } = ideasWritten('Bus route', 'Evening clinic')
    const { room, join } = loadedRoom([Y.encodeStateAsUpdate(doc)])
    const returning = new Y.Doc()
    Y.applyUpdate(returning, updates[0] as Uint8Array)
    const person = join('returning')
    room.receive(person, encodeSyncStep1(Y.encodeStateVector(returning)))
    await settle()
    const reply = person.received.find((message) => message.kind === 'sync-step-2')
    expect(reply?.kind === 'sync-step-2' && reply.update.byteLength).toBeLessThan(Y.encodeStateAsUpdate(doc).byteLength)
    expect(ideasSeenBy(person, returning)).toEqual(['Bus route', 'Evening clinic'])
    // Having built the board, the room also asks what the person holds that it lacks.
    expect(person.kinds()).toContain('sync-step-1')
  })

  it('skips a damaged stored row and keeps the rest', async () => {
    const { updates } = ideasWritten('Bus route', 'Evening clinic')
    const damaged = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f])
    const { room, join } = loadedRoom([updates[0] as Uint8Array, damaged, updates[1] as Uint8Array])
    const newcomer = join('newcomer')
    room.receive(newcomer, holdingNothing())
    await settle()
    expect(ideasSeenBy(newcomer)).toEqual(['Bus route', 'Evening clinic'])
  })
})

function captureEdit(doc: Y.Doc, edit: () => void): Uint8Array {
  let captured: Uint8Array | null = null
  const listener = (update: Uint8Array) => (captured = update)
  doc.on('update', listener)
  edit()
  doc.off('update', listener)
  if (!captured) throw new Error('the edit changed nothing')
  return captured
}
