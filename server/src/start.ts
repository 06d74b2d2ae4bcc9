// Entry point for `npm start`: builds the client if it has not been built yet, then starts
// the server. Tests start main.ts directly.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, readConfig } from './config.ts'
import { createLogger } from './logger.ts'

const log = createLogger('start')

let clientDir: string | null = null
try {
  clientDir = readConfig().clientDir
} catch {
  // main.ts reports configuration problems.
}
if (clientDir !== null && !existsSync(join(clientDir, 'index.html'))) {
  log.info('the client is not built yet; building it', { clientDir })
  const build = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  if (build.status !== 0) {
    log.error('the client build failed', { status: build.status })
    process.exit(build.status ?? 1)
  }
  if (!existsSync(join(clientDir, 'index.html'))) {
    log.warn('the build wrote to dist/client, not CLIENT_DIR; the server will ask for a build', { clientDir })
  }
}

await import('./main.ts')
