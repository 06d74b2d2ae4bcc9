// Where DATABASE_URL points (the server, and the schema named by ?schema=), and one
// sentence for a person when the database cannot be reached. Never shows the password.
import { DEFAULT_SCHEMA, isSchemaName } from './postgresSchema.ts'

export interface PostgresTarget {
  /** DATABASE_URL without the schema parameter, which only Roundtable understands. */
  connectionString: string
  schema: string
  /** host:port, safe to show. */
  address: string
}

export function postgresTarget(databaseUrl: string): PostgresTarget {
  const url = new URL(databaseUrl)
  const address = `${url.hostname || 'localhost'}:${url.port || '5432'}`
  const named = url.searchParams.get('schema')
  if (named === null) return { connectionString: databaseUrl, schema: DEFAULT_SCHEMA, address }
  if (!isSchemaName(named)) {
    throw new Error('DATABASE_URL names a schema that cannot be used: it must be lowercase letters, digits and _, at most 63 of them.')
  }
  url.searchParams.delete('schema')
  return { connectionString: url.toString(), schema: named, address }
}

const reasons: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'nothing accepted the connection there',
  ENOTFOUND: 'that host name is not known',
  EAI_AGAIN: 'that host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the connection was cut',
  '28P01': 'the password was refused',
  '28000': 'that user may not connect',
  '3D000': 'that database does not exist',
  '42501': 'that user may not create the tables',
}

/** The error to stop start-up with: names DATABASE_URL and the address, never the password. */
export function databaseStartupError(error: unknown, target: PostgresTarget): Error {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const known = typeof code === 'string' ? reasons[code] : undefined
  const reason = known ?? `it answered: ${withoutPassword(error instanceof Error ? error.message : String(error), target)}`
  return new Error(`Could not open the Postgres database named by DATABASE_URL (${target.address}): ${reason}.`, { cause: error })
}

function withoutPassword(message: string, target: PostgresTarget): string {
  const written = new URL(target.connectionString).password
  let decoded = written
  try {
    decoded = decodeURIComponent(written)
  } catch {
    // Not percent-encoded after all: hide it as written.
  }
  let shown = message.trim().replace(/\.$/, '')
  for (const secret of [written, decoded]) if (secret !== '') shown = shown.split(secret).join('***')
  return shown
}
