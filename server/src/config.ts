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
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

function absoluteFrom(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path)
}
