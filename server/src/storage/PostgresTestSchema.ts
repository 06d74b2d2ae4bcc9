// For tests only: a Postgres schema of their own, so parallel test files never see each
// other's rows. Starts the local Postgres if nothing answers, and drops the schema after.
import { execSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** Tests read DATABASE_URL like the server does (CI sets it), else the local database. */
export const TEST_DATABASE_URL = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test'

const START_ATTEMPTS = 50

export class PostgresTestSchema {
  private constructor(
    /** e.g. rt_test_3f2a9c1b0d */
    readonly schema: string,
  ) {}

  /** A fresh schema name (created by whoever opens storage in it), with Postgres running. */
  static async create(): Promise<PostgresTestSchema> {
    await ensurePostgres()
    return new PostgresTestSchema(`rt_test_${randomBytes(6).toString('hex')}`)
  }

  /** DATABASE_URL for a server child process that should use this schema. */
  get url(): string {
    const url = new URL(TEST_DATABASE_URL)
    url.searchParams.set('schema', this.schema)
    return url.toString()
  }

  /** Runs one query against the test database, for reading rows as they are stored. */
  async query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
    return this.withClient(async (client) => (await client.query<T>(sql, values)).rows)
  }

  private async withClient<T>(task: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    try {
      return await task(client)
    } finally {
      await client.end()
    }
  }

  /**
   * The tables of this schema with a row that holds `text` anywhere: in a text column, or in
   * a bytea column's bytes (Yjs updates and snapshots keep an idea's words as UTF-8).
   */
  async tablesHolding(text: string): Promise<string[]> {
    const needle = Buffer.from(text, 'utf8')
    const holds = (value: unknown): boolean =>
      value instanceof Uint8Array ? Buffer.from(value).includes(needle) : value !== null && String(value).includes(text)
    return this.withClient(async (client) => {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name",
        [this.schema],
      )
      const holding: string[] = []
      for (const { table_name: table } of tables.rows) {
        const { rows } = await client.query(`SELECT * FROM "${this.schema}"."${table}"`)
        if (rows.some((row) => Object.values(row).some(holds))) holding.push(table)
      }
      return holding
    })
  }

  async drop(): Promise<void> {
    await this.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`)
  }
}

let ready: Promise<void> | null = null

/** Connects once; when the local server is down, starts it and waits, with a bounded number of tries. */
function ensurePostgres(): Promise<void> {
  ready ??= (async () => {
    if (await answers()) return
    const url = new URL(TEST_DATABASE_URL)
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
      throw new Error(`the test database at ${url.hostname}:${url.port || 5432} does not answer`)
    }
    const version = execSync('ls /etc/postgresql').toString().trim().split('\n')[0] ?? ''
    execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: 'ignore' })
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      if (await answers()) return
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error('Postgres was started but does not answer')
  })()
  return ready
}

async function answers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}
