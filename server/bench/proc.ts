// Reads what Linux knows about a server process from /proc: CPU time, resident memory and
// bytes written to storage, so every server is measured the same way from outside.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

let ticksPerSecond: number | null = null

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** User plus system CPU seconds the process has used so far (all its threads). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return (utime + stime) / clockTicks()
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  if (!match) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1]) * 1024
}

/**
 * Bytes the process caused to be sent to storage (write_bytes): counted when it dirties a
 * page in the page cache, so rewriting a page that is still dirty is not counted again.
 */
export function storageWriteBytes(pid: number): number {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8')
  const match = /^write_bytes:\s+(\d+)$/m.exec(io)
  if (!match) throw new Error(`no write_bytes for process ${pid}`)
  return Number(match[1])
}

/** Total size of the files under `dir`, in bytes; 0 when it does not exist. */
export function directoryBytes(dir: string): number {
  let total = 0
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return 0
  }
  for (const name of entries) {
    const path = join(dir, name)
    try {
      const stats = statSync(path)
      total += stats.isDirectory() ? directoryBytes(path) : stats.size
    } catch {
      // A file removed while we looked (a compacted log) no longer counts.
    }
  }
  return total
}
