// The one logger: pino writing JSON lines on stdout, one per event, carrying the scope and
// the room and connection ids. Never pass a facilitator key or an idea's text to it.
import pino from 'pino'

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>

export interface Logger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
  /** A logger that adds these fields (say, a room id) to every line. */
  child(fields: LogFields): Logger
}

/**
 * A safety net, not a licence: fields with these names are censored wherever they appear
 * (at the top or one level down), in case a secret or an idea's text slips into a log call.
 */
export const REDACTED_FIELDS = [
  'key',
  'facilitatorKey',
  'token',
  'authorization',
  'Authorization',
  'cookie',
  'text',
  'content',
  'password',
] as const
export const REDACTED = '[redacted]'

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }
// The threshold is ours, not pino's: loggers are made at import time, before main.ts reads
// LOG_LEVEL, and a pino child keeps the level it was born with.
let threshold = rank.info
let write = (line: string): void => {
  process.stdout.write(line)
}

const root = pino(
  {
    level: 'debug',
    base: null,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: REDACTED },
  },
  { write: (line: string) => write(line) },
)

export function setLogLevel(level: LogLevel): void {
  threshold = rank[level]
}

/** Sends log lines elsewhere (tests capture them). Returns the previous writer. */
export function setLogWriter(writer: (line: string) => void): (line: string) => void {
  const previous = write
  write = writer
  return previous
}

export function createLogger(scope: string, base: LogFields = {}): Logger {
  return new ScopedLogger(scope, base)
}

/**
 * Methods on the prototype, so a logger is one small object: a server holds one per open
 * socket and per live room. Fields are merged here rather than bound with pino's child(), so
 * a field given to one call replaces the logger's own of that name instead of appearing twice.
 */
class ScopedLogger implements Logger {
  constructor(
    private readonly scope: string,
    private readonly base: LogFields,
  ) {}

  debug(msg: string, fields?: LogFields): void {
    this.log('debug', msg, fields)
  }

  info(msg: string, fields?: LogFields): void {
    this.log('info', msg, fields)
  }

  warn(msg: string, fields?: LogFields): void {
    this.log('warn', msg, fields)
  }

  error(msg: string, fields?: LogFields): void {
    this.log('error', msg, fields)
  }

  child(fields: LogFields): Logger {
    return new ScopedLogger(this.scope, { ...this.base, ...fields })
  }

  private log(level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields): void {
    if (rank[level] < threshold) return
    root[level]({ scope: this.scope, ...this.base, ...fields }, msg)
  }
}

/** The message of anything thrown, for a log field. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
