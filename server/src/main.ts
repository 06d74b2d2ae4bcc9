// Starts the server from the environment, and stops it cleanly on SIGTERM or SIGINT:
// every received edit is stored and every socket is told to reconnect (1012).
import { ConfigError, readConfig, type Config } from './config.ts'
import { createLogger, errorMessage, setLogLevel } from './logger.ts'
import { startServer } from './server.ts'

/** If a clean stop hangs, exit anyway: every edit is already in the update log. */
const STOP_DEADLINE_MS = 15_000

const log = createLogger('main')

function configOrExit(): Config {
  try {
    return readConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}

const config = configOrExit()
setLogLevel(config.logLevel)

const server = await startServer(config).catch((error: unknown) => {
  log.error('could not start', { error: errorMessage(error), port: config.port, host: config.host })
  process.exit(1)
})
log.info('listening', { url: server.url, port: server.port, dataDir: config.dataDir })

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  log.info('stopping', { signal })
  setTimeout(() => {
    log.error('stopping took too long; exiting')
    process.exit(1)
  }, STOP_DEADLINE_MS).unref()
  server.stop().then(
    () => {
      log.info('stopped')
      process.exit(0)
    },
    (error: unknown) => {
      log.error('could not stop cleanly', { error: errorMessage(error) })
      process.exit(1)
    },
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
