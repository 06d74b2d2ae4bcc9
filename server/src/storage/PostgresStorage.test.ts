// Runs the Storage contract against Postgres, each test in a fresh schema dropped after it,
// plus what only Postgres has: schemas, several instances at once, and start-up errors.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { newRoomRecord } from './roomFixtures.ts'
import { PostgresStorage } from './PostgresStorage.ts'
import { PostgresTestSchema, TEST_DATABASE_URL } from './PostgresTestSchema.ts'
import { describeStorageContract } from './storageContract.ts'

describeStorageContract('PostgresStorage', async () => {
  const fresh = await PostgresTestSchema.create()
  return {
    open: () => PostgresStorage.open({ url: fresh.url }),
    cleanup: () => fresh.drop(),
  }
})

async function withSchema(test: (fresh: PostgresTestSchema) => Promise<void>): Promise<void> {
  const fresh = await PostgresTestSchema.create()
  try {
    await test(fresh)
  } finally {
    await fresh.drop()
  }
}

describe('PostgresStorage', () => {
  it('keeps its tables in the schema DATABASE_URL names, apart from other schemas', async () => {
    await withSchema(async (first) => {
      await withSchema(async (second) => {
        const a = await PostgresStorage.open({ url: first.url })
        const b = await PostgresStorage.open({ url: second.url })
        try {
          const room = newRoomRecord()
          await a.createRoom(room)
          expect(await a.getRoom(room.id)).not.toBeNull()
          expect(await b.getRoom(room.id)).toBeNull()
          const tables = await first.query<{ table_name: string }>(
            'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
            [first.schema],
          )
          expect(tables.map((row) => row.table_name)).toEqual([
            'carried_votes',
            'facilitator_links',
            'media',
            'participants',
            'room_snapshots',
            'room_updates',
            'rooms',
            'schema_version',
            'votes',
          ])
        } finally {
          await a.close()
          await b.close()
        }
      })
    })
  })

  it('lets several instances open one new schema at the same moment', async () => {
    await withSchema(async (fresh) => {
      const instances = await Promise.all(Array.from({ length: 4 }, () => PostgresStorage.open({ url: fresh.url })))
      try {
        const room = newRoomRecord()
        expect(await instances[0]?.createRoom(room)).toBe('created')
        expect((await instances[3]?.getRoom(room.id))?.id).toBe(room.id)
      } finally {
        await Promise.all(instances.map((instance) => instance.close()))
      }
    })
  })

  it('hands out increasing seqs to appends from several instances at once', async () => {
    await withSchema(async (fresh) => {
      const [a, b] = await Promise.all([PostgresStorage.open({ url: fresh.url }), PostgresStorage.open({ url: fresh.url })])
      try {
        const room = newRoomRecord()
        await a.createRoom(room)
        const entry = { roomId: room.id, doc: 'board' as const, update: Uint8Array.from([0, 0]) }
        const batches = await Promise.all([a, b, a, b].map((storage) => storage.appendUpdates([entry, entry, entry])))
        const all = batches.flat()
        expect(new Set(all).size).toBe(12)
        for (const batch of batches) expect([...batch].sort((x, y) => x - y)).toEqual(batch)
        expect((await a.loadDocument(room.id, 'board')).updates.map((update) => update.seq)).toEqual([...all].sort((x, y) => x - y))
      } finally {
        await a.close()
        await b.close()
      }
    })
  })

  it('keeps no row holding a deleted room\'s words or bytes in any table', async () => {
    await withSchema(async (fresh) => {
      const storage = await PostgresStorage.open({ url: fresh.url })
      try {
        const room = newRoomRecord({ title: 'Quokka-title-5521' })
        const kept = newRoomRecord()
        await storage.createRoom(room)
        await storage.createRoom(kept)
        const doc = new Y.Doc()
        doc.getText('t').insert(0, 'Marmalade-snapshot-7781')
        const [seq] = await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: Y.encodeStateAsUpdate(doc) }])
        await storage.compact(room.id, 'board', Y.encodeStateAsUpdate(doc), seq ?? 0)
        const later = new Y.Doc()
        later.getText('t').insert(0, 'Marmalade-log-4410')
        await storage.appendUpdates([{ roomId: room.id, doc: 'session', update: Y.encodeStateAsUpdate(later) }])
        await storage.addParticipant({ id: 'heron', roomId: room.id, tokenHash: 'c'.repeat(64), createdAt: 1 })
        await storage.setVote(room.id, 'heron', 'idea-Marmalade-vote', 1)
        await storage.addCarriedVotes(room.id, new Map([['idea-Marmalade-carried', 2]]))
        await storage.addMedia({ id: 'm1', roomId: room.id, contentType: 'audio/ogg', bytes: Buffer.from('Marmalade-media-9902'), createdAt: 1 })
        const traces = ['Quokka-title-5521', room.id, 'Marmalade']
        expect(await fresh.tablesHolding(room.id)).toEqual([
          'carried_votes',
          'facilitator_links',
          'media',
          'participants',
          'room_snapshots',
          'room_updates',
          'rooms',
          'votes',
        ])
        expect(await fresh.tablesHolding('Marmalade')).toEqual(['carried_votes', 'media', 'room_snapshots', 'room_updates', 'votes'])

        expect(await storage.deleteRoom(room.id)).toBe(true)
        for (const trace of traces) expect(await fresh.tablesHolding(trace), trace).toEqual([])
        expect(await fresh.tablesHolding(kept.id)).toEqual(['facilitator_links', 'rooms'])
      } finally {
        await storage.close()
      }
    })
  })

  it('refuses to start with one sentence naming DATABASE_URL, never the password', async () => {
    const refused = PostgresStorage.open({ url: 'postgres://roundtable:hunter2-secret@127.0.0.1:1/roundtable' })
    const error = await refused.then(
      () => null,
      (thrown: unknown) => thrown as Error,
    )
    expect(error?.message).toBe('Could not open the Postgres database named by DATABASE_URL (127.0.0.1:1): nothing accepted the connection there.')
  })

  it('names DATABASE_URL when the database server refuses, and never shows the password', async () => {
    // A database that does not exist is refused whatever the authentication method.
    const url = new URL(TEST_DATABASE_URL)
    url.password = 'hunter2-secret'
    url.pathname = '/no_such_database_for_roundtable'
    const error = await PostgresStorage.open({ url: url.toString() }).then(
      () => null,
      (thrown: unknown) => thrown as Error,
    )
    expect(error?.message).toMatch(/^Could not open the Postgres database named by DATABASE_URL \(.+\): .+\.$/)
    expect(error?.message).not.toContain('hunter2-secret')
  })

  it('refuses a schema name it cannot use', async () => {
    const url = new URL(TEST_DATABASE_URL)
    url.searchParams.set('schema', "Robert'); DROP")
    await expect(PostgresStorage.open({ url: url.toString() })).rejects.toThrow(
      /DATABASE_URL names a schema that cannot be used/,
    )
  })
})
