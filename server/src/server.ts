// Wires storage, rooms, the HTTP app and the WebSocket endpoint into one listening server,
// and takes them down again in an order that loses nothing.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { CloseCode } from '@roundtable/shared'
import type { Config } from './config.ts'
import { createApp } from './http/createApp.ts'
import { RoomRegistry } from './room/RoomRegistry.ts'
import { SqliteStorage } from './storage/SqliteStorage.ts'
import { UpdateBatcher } from './storage/UpdateBatcher.ts'
import { SocketServer } from './ws/SocketServer.ts'

/** How long open sockets and HTTP requests get to finish during shutdown. */
const SHUTDOWN_GRACE_MS = 1000

export interface RunningServer {
  /** Where people can reach it, e.g. http://localhost:3000. */
  url: string
  port: number
  /** Stops taking connections, stores and compacts every room, closes sockets with 1012. */
  stop(): Promise<void>
}

export async function startServer(config: Config): Promise<RunningServer> {
  const storage = SqliteStorage.open(config.dataDir)
  const batcher = new UpdateBatcher(storage)
  const registry = new RoomRegistry({
    storage,
    batcher,
    idleMs: config.roomIdleMs,
    compactAfterUpdates: config.compactAfterUpdates,
  })
  const sockets = new SocketServer({ registry, pingIntervalMs: config.pingIntervalMs })
  const app = createApp({
    storage,
    registry,
    clientDir: config.clientDir,
    trustProxy: config.trustProxy,
    stats: () => ({ rooms: registry.roomCount, connections: registry.connectionCount }),
  })
  const server = createServer(getRequestListener(app.fetch))
  server.on('upgrade', sockets.handleUpgrade)
  try {
    await listen(server, config.port, config.host)
  } catch (error) {
    sockets.stopAccepting()
    await storage.close()
    throw error
  }
  const { port } = server.address() as AddressInfo

  let stopped: Promise<void> | null = null
  const stop = async () => {
    sockets.stopAccepting()
    const httpClosed = new Promise<void>((done) => server.close(() => done()))
    server.closeIdleConnections()
    await registry.shutdown(CloseCode.ServiceRestart, 'server restarting')
    await sockets.closed(SHUTDOWN_GRACE_MS)
    await batcher.flush()
    await storage.close()
    const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS)
    await httpClosed
    clearTimeout(cut)
  }

  return {
    url: `http://${displayHost(config.host)}:${port}`,
    port,
    stop: () => (stopped ??= stop()),
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}
