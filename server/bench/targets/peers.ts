// The servers we measure ourselves against, each started by its launcher in ../peers/.
import { join } from 'node:path'
import { startChildServer } from './childServer.ts'
import { peerRoomName, type RunningTarget, type Target } from './Target.ts'

function yWebsocket(persistent: boolean): Target {
  const target: Target = {
    name: persistent ? 'y-websocket-server (LevelDB)' : 'y-websocket-server (memory)',
    key: persistent ? 'y-websocket-leveldb' : 'y-websocket-memory',
    persistent,
    dialect: 'y-websocket',
    async start(dataDir, port): Promise<RunningTarget> {
      const env: Record<string, string> = { HOST: '127.0.0.1', PORT: String(port) }
      if (persistent) env.YPERSISTENCE = join(dataDir, 'leveldb')
      const server = await startChildServer({ script: 'server/bench/peers/yWebsocketServer.ts', healthPath: '/', port, env })
      return { target, server, providerUrl: `ws://127.0.0.1:${port}`, createRoom: async () => peerRoomName() }
    },
  }
  return target
}

export const yWebsocketMemory = yWebsocket(false)
export const yWebsocketLeveldb = yWebsocket(true)

export const hocuspocus: Target = {
  name: 'Hocuspocus (SQLite)',
  key: 'hocuspocus',
  persistent: true,
  dialect: 'hocuspocus',
  async start(dataDir, port): Promise<RunningTarget> {
    const server = await startChildServer({
      script: 'server/bench/peers/hocuspocusServer.ts',
      args: [String(port), dataDir],
      healthPath: '/',
      port,
    })
    return { target: hocuspocus, server, providerUrl: `ws://127.0.0.1:${port}`, createRoom: async () => peerRoomName() }
  },
}
