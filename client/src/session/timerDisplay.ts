// What the timer shows: minutes and seconds counting down, "Paused", or "Time is up".
import { type TimerState, formatRemaining, remainingMs } from '@roundtable/shared'

export type TimerDisplay =
  | { status: 'none' }
  | { status: 'running'; time: string }
  | { status: 'paused'; time: string }
  | { status: 'up' }

export function timerDisplay(timer: TimerState, now: number): TimerDisplay {
  switch (timer.status) {
    case 'idle':
      return { status: 'none' }
    case 'paused':
      return timer.remainingMs > 0 ? { status: 'paused', time: formatRemaining(timer.remainingMs) } : { status: 'up' }
    case 'running': {
      const left = remainingMs(timer, now)
      return left > 0 ? { status: 'running', time: formatRemaining(left) } : { status: 'up' }
    }
  }
}

/** The words a screen reader hears when the timer changes state (never every second). */
export function timerAnnouncement(display: TimerDisplay): string {
  switch (display.status) {
    case 'none':
      return 'The timer is off.'
    case 'running':
      return `Timer running: ${spokenTime(display.time)} left.`
    case 'paused':
      return `Timer paused with ${spokenTime(display.time)} left.`
    case 'up':
      return 'Time is up.'
  }
}

/** "4:05" as "4 minutes 5 seconds", which screen readers say clearly. */
export function spokenTime(time: string): string {
  const [minutes = '0', seconds = '0'] = time.split(':')
  const m = Number(minutes)
  const s = Number(seconds)
  const parts = []
  if (m > 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`)
  if (s > 0 || m === 0) parts.push(`${s} second${s === 1 ? '' : 's'}`)
  return parts.join(' ')
}
