// Roundtable's own server (server/src/main.ts) with SQLite storage, started as tests start
// it, with the abuse limits raised so that the load generator is not refused.
import { REPO_ROOT, startChildServer, type ChildServer } from './childServer.ts'
import { OURS } from '../results.ts'
import type { RunningTarget, Target } from './Target.ts'

/** Rooms are made through the API, so the per-address limit on creating them is raised too. */
const BENCH_LIMITS = {
  MAX_CONNECTIONS_PER_ADDRESS: '100000',
  MAX_LIVE_ROOMS: '1000000',
  MAX_MESSAGES_PER_SECOND: '100000',
  ROOMS_PER_ADDRESS_PER_HOUR: '100000',
}

/** Roundtable as in the checkout at `root` (this one by default), e.g. to compare before and after a change. */
export function roundtableAt(root: string = REPO_ROOT): Target {
  const target: Target = {
    name: OURS,
    key: 'roundtable',
    persistent: true,
    dialect: 'y-websocket',
    async start(dataDir, port): Promise<RunningTarget> {
      const server = await startRoundtable({ root, dataDir, port })
      const httpUrl = `http://127.0.0.1:${port}`
      return {
        target,
        server,
        providerUrl: `ws://127.0.0.1:${port}/ws`,
        async createRoom() {
          const response = await fetch(`${httpUrl}/api/rooms`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ title: 'Benchmark' }),
          })
          if (response.status !== 201) throw new Error(`creating a room answered ${response.status}: ${await response.text()}`)
          const { id } = (await response.json()) as { id: string }
          return id
        },
      }
    },
  }
  return target
}

export interface RoundtableSettings {
  /** The checkout to run; this one by default. */
  root?: string
  dataDir: string
  port: number
  /** More settings, e.g. CLIENT_DIR. */
  env?: Record<string, string>
}

export function startRoundtable(settings: RoundtableSettings): Promise<ChildServer> {
  const { root = REPO_ROOT, dataDir, port } = settings
  return startChildServer({
    script: 'server/src/main.ts',
    cwd: root,
    healthPath: '/healthz',
    port,
    env: { ...BENCH_LIMITS, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...settings.env },
  })
}
