// Starts one server under test as a child process on loopback, with the memory probe
// preloaded, waits until it answers HTTP, and stops (SIGTERM) or kills (SIGKILL) it with
// bounded waits. Every server, ours and the peers, is started through here the same way.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { MEMORY_LINE_PREFIX } from '../peers/memoryProbe.ts'

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const MEMORY_PROBE = pathToFileURL(fileURLToPath(new URL('../peers/memoryProbe.ts', import.meta.url))).href
const START_TIMEOUT_MS = 30_000
const EXIT_TIMEOUT_MS = 20_000
/** Server output kept for error messages; older output is dropped. */
const OUTPUT_KEEP_CHARS = 64 * 1024

export interface ChildServerSpec {
  /** The script node runs (through tsx), relative to `cwd`, and its arguments. */
  script: string
  /** Where the server runs from; the repository root unless another checkout is measured. */
  cwd?: string
  args?: string[]
  env?: Record<string, string>
  /** Answered with any 2xx once the server is ready. */
  healthPath: string
  port: number
}

export interface MemoryUsage {
  rss: number
  heapUsed: number
  external: number
  arrayBuffers: number
  collected: boolean
}

export interface ChildServer {
  pid: number
  port: number
  output(): string
  /** Runs a full GC in the server and reports its memory use afterwards. */
  memory(): Promise<MemoryUsage>
  /** SIGTERM, and resolves once the process has exited. */
  stop(): Promise<void>
  /** SIGKILL: nothing gets a chance to be written. */
  kill(): Promise<void>
}

/** Settings that would point a server somewhere other than its own data directory. */
const REMOVED_ENV = ['DATABASE_URL', 'REDIS_URL', 'NODE_OPTIONS', 'YPERSISTENCE', 'ROOM_CREATE_TOKEN']

export async function startChildServer(spec: ChildServerSpec): Promise<ChildServer> {
  const env: Record<string, string | undefined> = { ...process.env }
  for (const name of REMOVED_ENV) delete env[name]
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SERVER_PROF] : []), '--expose-gc', '--import', 'tsx', '--import', MEMORY_PROBE, spec.script, ...(spec.args ?? [])],
    { cwd: spec.cwd ?? REPO_ROOT, env: { ...env, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const memoryWaiters: ((usage: MemoryUsage) => void)[] = []
  let partialLine = ''
  const keep = (text: string) => {
    output += text
    if (output.length > OUTPUT_KEEP_CHARS * 2) output = output.slice(-OUTPUT_KEEP_CHARS)
  }
  child.stdout.on('data', (chunk: Buffer) => keep(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (partialLine + chunk.toString()).split('\n')
    partialLine = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith(MEMORY_LINE_PREFIX)) memoryWaiters.shift()?.(JSON.parse(line.slice(MEMORY_LINE_PREFIX.length)) as MemoryUsage)
      else keep(`${line}\n`)
    }
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const pid = child.pid
  if (pid === undefined) throw new Error(`could not start ${spec.script}`)

  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.script} exited with ${child.exitCode} while starting:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`${spec.script} did not answer within ${START_TIMEOUT_MS} ms:\n${output}`)
    }
    if (await answers(`http://127.0.0.1:${spec.port}${spec.healthPath}`)) break
    await sleep(50)
  }

  const waitForExit = async (what: string) => {
    const timedOut = await Promise.race([exited.then(() => false), sleep(EXIT_TIMEOUT_MS).then(() => true)])
    if (timedOut) {
      child.kill('SIGKILL')
      await exited
      throw new Error(`${spec.script} did not ${what} within ${EXIT_TIMEOUT_MS} ms:\n${output}`)
    }
  }

  return {
    pid,
    port: spec.port,
    output: () => output,
    memory: () =>
      new Promise<MemoryUsage>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${spec.script} did not report its memory`)), 10_000)
        memoryWaiters.push((usage) => {
          clearTimeout(timer)
          resolve(usage)
        })
        child.kill('SIGUSR2')
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await waitForExit('stop after SIGTERM')
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGKILL')
      await waitForExit('die after SIGKILL')
    },
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) })
    await response.body?.cancel()
    return response.ok
  } catch {
    return false
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
