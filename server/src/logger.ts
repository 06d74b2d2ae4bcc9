// The one logger: structured JSON lines on stdout, one per event, carrying the scope and
// the room and connection ids. Never pass a facilitator key or an idea's text to it.

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

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }
let threshold = rank.info
let write = (line: string): void => {
  process.stdout.write(line)
}

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
  const log = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (rank[level] < threshold) return
    const line = { time: new Date().toISOString(), level, scope, msg, ...base, ...fields }
    write(`${JSON.stringify(line)}\n`)
  }
  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
    child: (fields) => createLogger(scope, { ...base, ...fields }),
  }
}

/** The message of anything thrown, for a log field. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
