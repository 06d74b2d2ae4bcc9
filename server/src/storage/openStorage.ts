// Picks the database from the settings: Postgres when DATABASE_URL is set, otherwise the
// SQLite file in DATA_DIR. Either throws a sentence a person can act on when it cannot open.
import type { Config } from '../config.ts'
import { createLogger } from '../logger.ts'
import { postgresTarget } from './postgresConnection.ts'
import { PostgresStorage } from './PostgresStorage.ts'
import { SqliteStorage } from './SqliteStorage.ts'
import type { Storage } from './Storage.ts'

const log = createLogger('storage')

export async function openStorage(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Storage> {
  if (config.databaseUrl === null) {
    const storage = SqliteStorage.open(config.dataDir)
    log.info('storing rooms in SQLite', { dataDir: config.dataDir })
    return storage
  }
  const storage = await PostgresStorage.open({ url: config.databaseUrl })
  const { address, schema } = postgresTarget(config.databaseUrl)
  log.info('storing rooms in Postgres', { address, schema })
  return storage
}
