// What a benchmark run does, from its command line: which parts, against which servers,
// and how long each part runs (--quick for a smoke run that proves the harness works).

export const PARTS = ['propagation', 'idle-rooms', 'cold-load', 'sustained-writes', 'client'] as const
export type Part = (typeof PARTS)[number]

export interface Plan {
  quick: boolean
  parts: Part[]
  /** Target keys; empty means every server. */
  servers: string[]
  /** Another checkout of Roundtable to measure instead of this one (--roundtable <dir>), e.g. the last commit. */
  roundtableRoot: string | null
  /** Keep the figures as the "before" of a change (results.before.json), shown beside the current ones. */
  before: boolean
  propagation: {
    clients: number[]
    warmupMs: number
    windowMs: number
    windows: number
    measuringReceivers: number
    /** An unrecorded run at the largest N before the first server's windows, so the first server is timed by a load generator in the same state as the rest. */
    generatorWarmup: { clients: number; ms: number }
  }
  idleRooms: { rooms: number; clientsPerRoom: number; settleMs: number }
  coldLoad: { ideas: number; runs: number }
  sustainedWrites: { writers: number; editsPerSecondEach: number; warmupMs: number; durationMs: number }
  client: { ideas: number; batch: number; runs: number }
}

export type PlanParse = { ok: true; plan: Plan } | { ok: false; error: string }

export const USAGE = `npm run bench -- [--quick] [--only <part>[,<part>…]] [--servers <key>[,<key>…]] [--roundtable <checkout> [--before]] [--report-only]
  parts:   ${PARTS.join(', ')}
  servers: roundtable, y-websocket-memory, y-websocket-leveldb, hocuspocus`

export function parsePlan(argv: readonly string[], knownServers: readonly string[]): PlanParse {
  let quick = false
  let parts: Part[] = [...PARTS]
  let servers: string[] = []
  let roundtableRoot: string | null = null
  let before = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => argv[++i] ?? ''
    if (arg === '--quick') quick = true
    else if (arg === '--report-only') parts = []
    else if (arg === '--before') before = true
    else if (arg === '--only') {
      const wanted = list(value())
      const unknown = wanted.filter((part) => !(PARTS as readonly string[]).includes(part))
      if (wanted.length === 0 || unknown.length > 0) return { ok: false, error: `--only takes parts from: ${PARTS.join(', ')}` }
      parts = PARTS.filter((part) => wanted.includes(part))
    } else if (arg === '--servers') {
      servers = list(value())
      const unknown = servers.filter((server) => !knownServers.includes(server))
      if (servers.length === 0 || unknown.length > 0) return { ok: false, error: `--servers takes keys from: ${knownServers.join(', ')}` }
    } else if (arg === '--roundtable') {
      roundtableRoot = value()
      if (roundtableRoot === '') return { ok: false, error: '--roundtable takes the directory of a Roundtable checkout' }
    } else return { ok: false, error: `unknown option ${arg}` }
  }
  if (before && roundtableRoot === null) return { ok: false, error: '--before measures the checkout given with --roundtable' }
  return {
    ok: true,
    plan: {
      quick,
      parts,
      servers,
      roundtableRoot,
      before,
      propagation: quick
        ? { clients: [10, 50, 200], warmupMs: 1000, windowMs: 3000, windows: 1, measuringReceivers: 16, generatorWarmup: { clients: 200, ms: 2000 } }
        : { clients: [10, 50, 200], warmupMs: 2000, windowMs: 5000, windows: 3, measuringReceivers: 16, generatorWarmup: { clients: 200, ms: 8000 } },
      idleRooms: { rooms: 1000, clientsPerRoom: 3, settleMs: quick ? 2000 : 5000 },
      coldLoad: { ideas: 5000, runs: quick ? 1 : 3 },
      sustainedWrites: { writers: 20, editsPerSecondEach: 5, warmupMs: quick ? 1000 : 2000, durationMs: quick ? 10_000 : 60_000 },
      client: { ideas: 2000, batch: 100, runs: quick ? 1 : 5 },
    },
  }
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}
