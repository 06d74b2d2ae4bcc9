// `npm run bench`: runs the benchmark's parts against each server in turn, keeps the figures
// in results.json and writes RESULTS.md after every part, so a long run that stops early
// still leaves what it measured. See RESULTS.md for the method.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeCheckout, describeMachine } from './machine.ts'
import { parsePlan, USAGE, type Part, type Plan } from './plan.ts'
import { renderReport } from './report.ts'
import { readResults, writeResults, type ClientBenchResult, type Outcome, type PartRecord, type Results } from './results.ts'
import { freePort, REPO_ROOT } from './targets/childServer.ts'
import { hocuspocus, yWebsocketLeveldb, yWebsocketMemory } from './targets/peers.ts'
import { roundtableAt } from './targets/roundtable.ts'
import type { RunningTarget, Target } from './targets/Target.ts'
import { boardHistory, type BoardHistory } from './workloads/boardHistory.ts'
import { coldLoad } from './workloads/coldLoad.ts'
import { idleRooms } from './workloads/idleRooms.ts'
import { propagation, type PropagationResult } from './workloads/propagation.ts'
import { sustainedWrites } from './workloads/sustainedWrites.ts'

const PEERS: Target[] = [yWebsocketMemory, yWebsocketLeveldb, hocuspocus]
/** A part that does not apply to a server, e.g. storage figures for one that keeps nothing. */
class NotApplicable extends Error {
  constructor() {
    super('n/a: keeps nothing')
  }
}

const HERE = fileURLToPath(new URL('.', import.meta.url))
const RESULTS_JSON = join(HERE, 'results.json')
/** Figures of Roundtable before a change (--before), shown beside the current ones. */
const BEFORE_JSON = join(HERE, 'results.before.json')
const RESULTS_MD = join(HERE, 'RESULTS.md')

const parsed = parsePlan(process.argv.slice(2), ['roundtable', ...PEERS.map((target) => target.key)])
if (!parsed.ok) {
  process.stderr.write(`${parsed.error}\n${USAGE}\n`)
  process.exit(2)
}
const plan = parsed.plan
const roundtableRoot = plan.roundtableRoot === null ? REPO_ROOT : resolve(plan.roundtableRoot)
const targets = [roundtableAt(roundtableRoot), ...PEERS].filter((target) => plan.servers.length === 0 || plan.servers.includes(target.key))
const resultsFile = plan.before ? BEFORE_JSON : RESULTS_JSON
const results: Results = readResults(resultsFile)
const report = () => (plan.before ? renderReport(readResults(RESULTS_JSON), results) : renderReport(results, readResults(BEFORE_JSON)))
const began = performance.now()
let history: BoardHistory | null = null

for (const part of plan.parts) {
  const started = performance.now()
  const info = { ranAt: new Date().toISOString(), quick: plan.quick, machine: describeMachine(), roundtable: describeCheckout(roundtableRoot) }
  if (part === 'client') {
    progress(`client benchmark (${plan.client.ideas} ideas)`)
    const outcome = await attempt(() => runClientBench(plan))
    results.client = { ...info, seconds: seconds(started), outcome }
  } else {
    const servers: Record<string, Outcome<never>> = {}
    const record = { ...info, seconds: 0, servers } as PartRecord<unknown>
    if (part === 'propagation' && targets[0]) await warmUpLoadGenerator(targets[0], plan)
    for (const target of targets) {
      progress(`${part} · ${target.name}`)
      record.servers[target.name] = await attempt(() => runPart(part, target, plan))
      const outcome = record.servers[target.name]
      if (outcome && !outcome.ok) progress(`  ${outcome.reason}`)
    }
    record.seconds = seconds(started)
    ;(results as Record<string, unknown>)[part] = record
  }
  progress(`${part} took ${seconds(started)} s`)
  writeResults(resultsFile, results)
  writeFileSync(RESULTS_MD, report())
}
writeFileSync(RESULTS_MD, report())
progress(`done in ${seconds(began)} s; figures in ${RESULTS_MD}`)
// Providers and sockets of failed parts may still hold timers.
process.exit(0)

async function runPart(part: Exclude<Part, 'client'>, target: Target, plan: Plan): Promise<unknown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
  try {
    switch (part) {
      case 'propagation': {
        const byClients: PropagationResult[] = []
        // A fresh server for each N, so one room's leftovers (compaction, eviction) cannot land in the next one's windows.
        for (const clients of plan.propagation.clients) {
          progress(`  N = ${clients}`)
          byClients.push(await onFreshServer(target, dataDir, (running) => propagation(running, { ...plan.propagation, clients })))
        }
        return byClients
      }
      case 'idle-rooms':
        return await onFreshServer(target, dataDir, (running) => idleRooms(running, plan.idleRooms))
      case 'cold-load':
        if (!target.persistent) throw new NotApplicable()
        history ??= boardHistory(plan.coldLoad.ideas)
        return await coldLoad(target, dataDir, history, plan.coldLoad.runs)
      case 'sustained-writes':
        if (!target.persistent) throw new NotApplicable()
        return await sustainedWrites(target, dataDir, plan.sustainedWrites)
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * Whichever server is measured first would otherwise be timed by a load generator that has not
 * yet carried the heaviest load (its code not yet optimised, its heap not yet grown), unlike
 * every later server, which follows the one before it at N = 200. Measured first, a server's
 * N = 10 latency and the generator's CPU came out higher than the same server's measured
 * after a peer. So a throwaway server (of the first target) takes an unrecorded run at the
 * largest N first.
 */
async function warmUpLoadGenerator(target: Target, plan: Plan): Promise<void> {
  const { clients, ms } = plan.propagation.generatorWarmup
  progress(`  warming the load generator up (${clients} clients, ${ms / 1000} s, not recorded)`)
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
  try {
    await onFreshServer(target, dataDir, (running) => propagation(running, { ...plan.propagation, clients, warmupMs: ms / 2, windowMs: ms / 2, windows: 1 }))
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Starts `target` on `dataDir`, runs `work` against it and stops it, whatever happens. */
async function onFreshServer<T>(target: Target, dataDir: string, work: (running: RunningTarget) => Promise<T>): Promise<T> {
  const running = await target.start(dataDir, await freePort())
  try {
    return await work(running)
  } finally {
    await running.server.stop()
  }
}

async function attempt<T>(task: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await task() }
  } catch (error) {
    const reason = error instanceof NotApplicable ? error.message : `failed: ${(error as Error).message.split('\n')[0]}`
    return { ok: false, reason }
  }
}

/** The browser benchmark runs as its own process (it lives with the browser tests, in e2e/bench). */
function runClientBench(plan: Plan): Promise<ClientBenchResult> {
  const out = join(mkdtempSync(join(tmpdir(), 'roundtable-bench-client-')), 'client.json')
  const args = ['--import', 'tsx', 'e2e/bench/clientBench.ts', '--out', out, '--ideas', String(plan.client.ideas), '--batch', String(plan.client.batch), '--runs', String(plan.client.runs), '--roundtable', roundtableRoot]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the client benchmark exited with ${code}`))
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')) as ClientBenchResult)
      } catch (error) {
        reject(error as Error)
      } finally {
        rmSync(join(out, '..'), { recursive: true, force: true })
      }
    })
  })
}

function progress(line: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`)
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 1000)
}
