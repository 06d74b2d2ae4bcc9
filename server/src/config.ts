// The server's settings, read from the environment once at start-up and validated, so a
// wrong value stops the server with a clear message instead of misbehaving later.
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOG_LEVELS, type LogLevel } from './logger.ts'

export interface Config {
  port: number
  host: string
  /** Where the SQLite database lives; created if missing. */
  dataDir: string
  /** The built client (index.html and assets). */
  clientDir: string
  logLevel: LogLevel
  /** How often each socket is pinged; a socket that misses one pong is closed. */
  pingIntervalMs: number
  /** How long a room stays in memory after its last connection leaves. */
  roomIdleMs: number
  /** Update-log entries after which a room's log is folded into a snapshot. */
  compactAfterUpdates: number
  /** Behind a reverse proxy: take the client address, host and scheme from X-Forwarded-* headers. */
  trustProxy: boolean
  /** Postgres instead of SQLite when set, e.g. postgres://user@host:5432/roundtable. */
  databaseUrl: string | null
  /** Several instances share rooms through Redis when set, e.g. redis://host:6379. */
  redisUrl: string | null
  /** When set, creating or restoring a room needs this token (Authorization: Bearer …). */
  roomCreateToken: string | null
  /** Rooms nobody has used for this many days are deleted for good; 0 keeps rooms for ever. */
  roomRetentionDays: number
  /** Open WebSocket connections allowed from one address at once. */
  maxConnectionsPerAddress: number
  /** Rooms open in memory at once on this instance; more are refused until some go idle. */
  maxLiveRooms: number
  /** Messages one connection may send per second (a burst of twice this is allowed). */
  maxMessagesPerSecond: number
  /** Rooms one address may create per hour. */
  roomsPerAddressPerHour: number
}

export type Environment = Readonly<Record<string, string | undefined>>

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Reads the process environment. Throws ConfigError listing every invalid setting. */
export function readConfig(): Config {
  return parseConfig(process.env)
}

export function parseConfig(env: Environment, cwd = process.cwd()): Config {
  const problems: string[] = []
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim()
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, but is "${raw}".`)
      return fallback
    }
    return value
  }
  const text = (name: string, fallback: string): string => {
    const raw = env[name]?.trim()
    return raw === undefined || raw === '' ? fallback : raw
  }

  const optionalText = (name: string): string | null => {
    const raw = env[name]?.trim()
    return raw === undefined || raw === '' ? null : raw
  }
  const url = (name: string, protocols: readonly string[]): string | null => {
    const raw = optionalText(name)
    if (raw === null) return null
    let protocol: string | null = null
    try {
      protocol = new URL(raw).protocol
    } catch {
      // reported below
    }
    if (protocol === null || !protocols.includes(protocol)) {
      // The value may hold a password: name the setting, not its value.
      problems.push(`${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} address.`)
      return null
    }
    return raw
  }

  const logLevel = text('LOG_LEVEL', 'info')
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, but is "${logLevel}".`)
  }
  const trustProxy = text('TRUST_PROXY', 'false').toLowerCase()
  if (!['true', 'false', '1', '0'].includes(trustProxy)) {
    problems.push(`TRUST_PROXY must be true or false, but is "${trustProxy}".`)
  }

  const config: Config = {
    port: integer('PORT', 3000, 0, 65_535),
    host: text('HOST', '0.0.0.0'),
    // DATA_DIR is relative to where the server is started, like any path typed in a shell;
    // CLIENT_DIR is part of the checkout, so it is relative to the repository root.
    dataDir: resolve(cwd, text('DATA_DIR', './data')),
    clientDir: absoluteFrom(REPO_ROOT, text('CLIENT_DIR', 'dist/client')),
    logLevel: logLevel as LogLevel,
    pingIntervalMs: integer('PING_INTERVAL_MS', 30_000, 50, 600_000),
    roomIdleMs: integer('ROOM_IDLE_MS', 30_000, 0, 86_400_000),
    compactAfterUpdates: integer('COMPACT_AFTER_UPDATES', 500, 1, 1_000_000),
    trustProxy: trustProxy === 'true' || trustProxy === '1',
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    roomCreateToken: optionalText('ROOM_CREATE_TOKEN'),
    roomRetentionDays: integer('ROOM_RETENTION_DAYS', 0, 0, 36_500),
    maxConnectionsPerAddress: integer('MAX_CONNECTIONS_PER_ADDRESS', 300, 1, 100_000),
    maxLiveRooms: integer('MAX_LIVE_ROOMS', 2_000, 1, 1_000_000),
    maxMessagesPerSecond: integer('MAX_MESSAGES_PER_SECOND', 300, 1, 100_000),
    roomsPerAddressPerHour: integer('ROOMS_PER_ADDRESS_PER_HOUR', 30, 1, 100_000),
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

function absoluteFrom(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path)
}
