// Runs @hocuspocus/server with its SQLite extension on a file, with the defaults its docs
// show (store debounced 2 s, at most 10 s), on the port and data directory given:
//   hocuspocusServer.ts <port> <data dir>
// Hocuspocus stops itself cleanly on SIGTERM (stopOnSignals), storing every document.
import { join } from 'node:path'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const [port, dataDir] = process.argv.slice(2)
if (!port || !dataDir) throw new Error('usage: hocuspocusServer.ts <port> <data dir>')

const server = new Server({
  port: Number(port),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(dataDir, 'hocuspocus.sqlite') })],
})
await server.listen()
process.stdout.write(`hocuspocus listening on ${port}\n`)
