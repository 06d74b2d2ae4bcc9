// Timer arithmetic on the server's clock. The state holds absolute times so every client
// counts down alone; only starting, pausing, extending and clearing change it.

export type TimerState =
  | { status: 'idle' }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }

export const IDLE_TIMER: TimerState = { status: 'idle' }

/** Longest timer a facilitator can set: a whole afternoon. */
export const MAX_TIMER_MS = 4 * 60 * 60 * 1000

const clamp = (ms: number) => Math.max(0, Math.min(MAX_TIMER_MS, Math.round(ms)))

export function startTimer(durationMs: number, now: number): TimerState {
  const duration = clamp(durationMs)
  return { status: 'running', durationMs: duration, endsAt: now + duration }
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer
  return { status: 'paused', durationMs: timer.durationMs, remainingMs: Math.max(0, timer.endsAt - now) }
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'paused') return timer
  return { status: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs }
}

/** Adds time to a running or paused timer (a finished one starts again with the extra time). */
export function extendTimer(timer: TimerState, extraMs: number, now: number): TimerState {
  const extra = clamp(extraMs)
  switch (timer.status) {
    case 'idle':
      return startTimer(extra, now)
    case 'paused':
      return { ...timer, durationMs: clamp(timer.durationMs + extra), remainingMs: clamp(timer.remainingMs + extra) }
    case 'running': {
      const base = Math.max(timer.endsAt, now)
      return { ...timer, durationMs: clamp(timer.durationMs + extra), endsAt: Math.min(base + extra, now + MAX_TIMER_MS) }
    }
  }
}

export function remainingMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case 'idle':
      return 0
    case 'paused':
      return timer.remainingMs
    case 'running':
      return Math.max(0, timer.endsAt - now)
  }
}

/** "4:05" for minutes and seconds, rounding up so the timer shows 0:00 only when time is up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}
