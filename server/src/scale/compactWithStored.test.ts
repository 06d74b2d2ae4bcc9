// Compaction while two instances append to one room's log, against each real database:
// every update stays loadable. (Postgres needs appends to become visible in seq order.)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { setLogLevel } from '../logger.ts'
import { PostgresStorage } from '../storage/PostgresStorage.ts'
import { PostgresTestSchema } from '../storage/PostgresTestSchema.ts'
import { newRoomRecord } from '../storage/roomFixtures.ts'
import { SqliteStorage } from '../storage/SqliteStorage.ts'
import type { Storage } from '../storage/Storage.ts'
import { compactWithStored } from './compactWithStored.ts'

const UPDATES_PER_INSTANCE = 600
const cleanups: (() => Promise<void>)[] = []

beforeAll(() => setLogLevel('silent'))
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

async function sqliteInstances(): Promise<Storage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-compaction-'))
  const instances = [SqliteStorage.open(dir), SqliteStorage.open(dir)]
  cleanups.push(async () => {
    for (const storage of instances) await storage.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return instances
}

async function postgresInstances(): Promise<Storage[]> {
  const schema = await PostgresTestSchema.create()
  const instances = [await PostgresStorage.open({ url: schema.url }), await PostgresStorage.open({ url: schema.url })]
  cleanups.push(async () => {
    for (const storage of instances) await storage.close()
    await schema.drop()
  })
  return instances
}

function numbered(label: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getArray<string>('ideas').push([label])
  return Y.encodeStateAsUpdate(doc)
}

describe.each([
  ['SQLite', sqliteInstances],
  ['Postgres', postgresInstances],
])('compacting a room two instances write to, in %s', (_name, open) => {
  it('keeps every update either instance stored', { timeout: 60_000 }, async () => {
    const [a, b] = await open()
    if (!a || !b) throw new Error('two instances expected')
    const room = newRoomRecord({ id: 'compactionRace00000000' })
    await a.createRoom(room)
    const appending = [a, b].map(async (storage, instance) => {
      // Like an UpdateBatcher: one append at a time per instance.
      for (let i = 0; i < UPDATES_PER_INSTANCE; i++) {
        await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: numbered(`${instance}-${i}`) }])
      }
    })
    let appended = false
    const compacting = (async () => {
      // An instance that has applied nothing yet: everything kept must come from what is stored.
      while (!appended) await compactWithStored(a, room.id, 'board', Y.encodeStateAsUpdate(new Y.Doc()), 0)
    })()
    await Promise.all(appending)
    appended = true
    await compacting

    const stored = await b.loadDocument(room.id, 'board')
    const doc = new Y.Doc()
    for (const update of [stored.snapshot ?? numbered('snapshot'), ...stored.updates.map((entry) => entry.update)]) Y.applyUpdate(doc, update)
    const kept = new Set(doc.getArray<string>('ideas').toArray())
    const lost = [0, 1].flatMap((instance) =>
      Array.from({ length: UPDATES_PER_INSTANCE }, (_, i) => `${instance}-${i}`).filter((label) => !kept.has(label)),
    )
    expect(lost).toEqual([])
  })
})
