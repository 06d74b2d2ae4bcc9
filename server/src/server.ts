// Wires storage, rooms, the HTTP app and the WebSocket endpoint into one listening server,
// and takes them down again in an order that loses nothing.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { CloseCode } from '@roundtable/shared'
import type { Config } from './config.ts'
import { createApp } from './http/createApp.ts'
import { roomCreationLimiter } from './http/roomCreations.ts'
import { RoomRegistry } from './room/RoomRegistry.ts'
import { metrics } from './metrics/serverMetrics.ts'
import { startRetention } from './rooms/retention.ts'
import { measuredStorage } from './storage/measuredStorage.ts'
import { openStorage } from './storage/openStorage.ts'
import { openScaleOut } from './scale/ScaleOut.ts'
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
  const storage = measuredStorage(await openStorage(config), metrics)
  const scaleOut = await openScaleOut({ redisUrl: config.redisUrl })
  const batcher = new UpdateBatcher(storage)
  const registry = new RoomRegistry({
    storage,
    batcher,
    idleMs: config.roomIdleMs,
    compactAfterUpdates: config.compactAfterUpdates,
    scaleOut,
  })
  const sockets = new SocketServer({
    registry,
    pingIntervalMs: config.pingIntervalMs,
    trustProxy: config.trustProxy,
    limits: {
      connectionsPerAddress: config.maxConnectionsPerAddress,
      liveRooms: config.maxLiveRooms,
      messagesPerSecond: config.maxMessagesPerSecond,
    },
  })
  const app = createApp({
    storage,
    registry,
    clientDir: config.clientDir,
    trustProxy: config.trustProxy,
    roomCreateToken: config.roomCreateToken,
    roomCreations: roomCreationLimiter(config.roomsPerAddressPerHour),
    stats: () => ({ rooms: registry.roomCount, connections: registry.connectionCount }),
    health: () => ({
      storage: batcher.status.ok && registry.roomsRefusingEdits === 0 ? 'ok' : 'failing',
      roomsRefusingEdits: registry.roomsRefusingEdits,
      redis: scaleOut.fanout.status(),
    }),
  })
  const server = createServer(getRequestListener(app.fetch))
  server.on('upgrade', sockets.handleUpgrade)
  try {
    await listen(server, config.port, config.host)
  } catch (error) {
    sockets.stopAccepting()
    await scaleOut.close()
    await storage.close()
    throw error
  }
  const { port } = server.address() as AddressInfo
  const retention = startRetention({ storage, rooms: registry, retentionDays: config.roomRetentionDays })

  let stopped: Promise<void> | null = null
  const stop = async () => {
    sockets.stopAccepting()
    await retention.stop()
    const httpClosed = new Promise<void>((done) => server.close(() => done()))
    server.closeIdleConnections()
    await registry.shutdown(CloseCode.ServiceRestart, 'server restarting')
    await sockets.closed(SHUTDOWN_GRACE_MS)
    await batcher.flush()
    await scaleOut.close()
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
