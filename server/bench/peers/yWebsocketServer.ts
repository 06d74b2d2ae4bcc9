// Runs @y/websocket-server's own bin script (src/server.js, what `npx y-websocket` starts),
// configured as its README says: HOST, PORT, and YPERSISTENCE for LevelDB through y-leveldb.
// Added: a stop on SIGTERM that first lets LevelDB finish its pending writes, as anyone
// deploying it would; SIGKILL still cuts everything.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getPersistence } from '@y/websocket-server/utils'

interface LeveldbProvider {
  destroy(): Promise<void>
}

process.on('SIGTERM', () => {
  const provider = (getPersistence() as { provider?: LeveldbProvider } | null)?.provider
  void Promise.resolve(provider?.destroy()).finally(() => process.exit(0))
})

// The package exports only ./utils and ./callback; its server script is found beside package.json.
const packageJson = createRequire(import.meta.url).resolve('@y/websocket-server/package.json')
await import(pathToFileURL(join(dirname(packageJson), 'src', 'server.js')).href)
