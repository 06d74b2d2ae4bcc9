import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStorage } from './openStorage.ts'
import { PostgresStorage } from './PostgresStorage.ts'
import { PostgresTestSchema } from './PostgresTestSchema.ts'
import { newRoomRecord } from './roomFixtures.ts'
import { SqliteStorage } from './SqliteStorage.ts'

describe('choosing the database', () => {
  it('uses the SQLite file in the data directory when DATABASE_URL is not set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-open-'))
    const storage = await openStorage({ databaseUrl: null, dataDir })
    try {
      expect(storage).toBeInstanceOf(SqliteStorage)
    } finally {
      await storage.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('uses Postgres, in the schema the URL names, when DATABASE_URL is set', async () => {
    const fresh = await PostgresTestSchema.create()
    const storage = await openStorage({ databaseUrl: fresh.url, dataDir: '/nonexistent/never-used' })
    try {
      expect(storage).toBeInstanceOf(PostgresStorage)
      const room = newRoomRecord()
      await storage.createRoom(room)
      const rows = await fresh.query(`SELECT id FROM "${fresh.schema}".rooms`)
      expect(rows).toEqual([{ id: room.id }])
    } finally {
      await storage.close()
      await fresh.drop()
    }
  })
})
