// Starts the real server as a child process on a free loopback port with its own data
// directory, waits until /healthz answers, and stops or kills it with bounded waits.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const START_TIMEOUT_MS = 20_000
const EXIT_TIMEOUT_MS = 10_000

export interface ServerOptions {
  dataDir?: string
  /** Reuse a port, e.g. to restart a server where its clients expect it. */
  port?: number
  env?: Record<string, string>
}

export interface ServerProcess {
  port: number
  dataDir: string
  /** http://127.0.0.1:port */
  url: string
  /** The y-websocket provider's serverUrl: ws://127.0.0.1:port/ws */
  wsUrl: string
  /** Everything the server has written so far, for failure messages. */
  output(): string
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>
  /** Sends SIGKILL: no chance to flush anything. */
  kill(): Promise<void>
}

const running = new Set<ChildProcess>()

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'roundtable-it-'))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDataDir()
  const port = options.port ?? (await freePort())
  let output = ''
  // node with the tsx loader, not npx: signals then reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      PING_INTERVAL_MS: '1000',
      // A database or Redis named for the whole shell must not leak into tests that read the SQLite file.
      DATABASE_URL: '',
      REDIS_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child)
      resolve(code)
    }),
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} while starting:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server did not answer /healthz within ${START_TIMEOUT_MS} ms:\n${output}`)
    }
    if (await healthy(url)) break
    await sleep(50)
  }

  const waitForExit = async (): Promise<number | null> => {
    const timeout = sleep(EXIT_TIMEOUT_MS).then(() => 'timeout' as const)
    const result = await Promise.race([exited, timeout])
    if (result === 'timeout') {
      child.kill('SIGKILL')
      throw new Error(`server did not exit within ${EXIT_TIMEOUT_MS} ms:\n${output}`)
    }
    return result
  }

  return {
    port,
    dataDir,
    url,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM')
      return waitForExit()
    },
    kill: async () => {
      child.kill('SIGKILL')
      await waitForExit()
    },
  }
}

/** Kills any server a test left running. */
export async function killAllServers(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve())
          child.kill('SIGKILL')
        }),
    ),
  )
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })
    return response.ok
  } catch {
    return false
  }
}

function freePort(): Promise<number> {
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
