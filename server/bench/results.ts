// The latest figures of every part, kept in results.json beside RESULTS.md, so that a run
// of one part (--only) replaces that part and leaves the others' figures in place.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { Machine } from './machine.ts'
import type { ColdLoadResult } from './workloads/coldLoad.ts'
import type { IdleRoomsResult } from './workloads/idleRooms.ts'
import type { PropagationResult } from './workloads/propagation.ts'
import type { SustainedWritesResult } from './workloads/sustainedWrites.ts'

/** The server every ratio is taken of. */
export const OURS = 'Roundtable (SQLite)'

/** A server's figures for one part, or why there are none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string }

export interface PartRecord<T> {
  ranAt: string
  quick: boolean
  machine: Machine
  /** Which Roundtable was measured (see describeCheckout). */
  roundtable: string
  seconds: number
  /** Keyed by server name, in the order they ran. */
  servers: Record<string, Outcome<T>>
}

export interface ClientBenchResult {
  ideas: number
  batch: number
  runs: number
  /** Navigation to the arrival of the board's data (its first message of 64 KB or more), ms, per run. */
  boardDataMs: number[]
  /** Navigation to the first idea card on the canvas, ms, per run. */
  cardsShownMs: number[]
  /** Navigation to the canvas answering a key press (see RESULTS.md), ms, per run. */
  interactiveMs: number[]
  /** The same, when the same browser opens the board again (its code cached), ms, per run. */
  reopenedInteractiveMs?: number[]
  /** The same measure on a board of a few ideas: what starting the app and tldraw costs by itself. */
  smallBoard?: { ideas: number; interactiveMs: number[] }
  /** Frames drawn per second during a scripted pan, per run. */
  panFps: number[]
  /** Longest frame during the pan, ms, per run. */
  panLongestFrameMs: number[]
  /** From the remote batch's arrival to its last card in the DOM, ms, per run. */
  batchAppliedMs: number[]
  chromium: string
}

export interface Results {
  propagation?: PartRecord<PropagationResult[]>
  'idle-rooms'?: PartRecord<IdleRoomsResult>
  'cold-load'?: PartRecord<ColdLoadResult>
  'sustained-writes'?: PartRecord<SustainedWritesResult>
  client?: Omit<PartRecord<never>, 'servers'> & { outcome: Outcome<ClientBenchResult> }
}

export function readResults(path: string): Results {
  if (!existsSync(path)) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Results
  } catch {
    // A damaged file only costs the figures of parts not run this time.
    return {}
  }
}

export function writeResults(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`)
}

/** The figures of an outcome, or null when there are none. */
export function figuresOf<T>(outcome: Outcome<T> | undefined): T | null {
  return outcome?.ok ? outcome.value : null
}
