// Describes the machine a run happened on, for the top of RESULTS.md.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'

export interface Machine {
  cpuModel: string
  cores: number
  memoryGiB: number
  node: string
  /** 1-minute load average when the run started: shows whether others were using the machine. */
  loadAverage: number
}

export function describeMachine(): Machine {
  return {
    cpuModel: cpuModel(),
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  }
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (match?.[1]) return match[1].trim()
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown'
}

/** Which Roundtable was measured: the commit of the checkout at `root`, and whether it had changes. */
export function describeCheckout(root: string): string {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  try {
    const commit = git('rev-parse', '--short', 'HEAD')
    // The benchmark's own output files do not count as changes to what was measured.
    const changed = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!server/bench/results*.json', ':!server/bench/RESULTS.md') !== ''
    return `commit ${commit}${changed ? ' with uncommitted changes' : ''}`
  } catch {
    return 'files that are not a git checkout'
  }
}
