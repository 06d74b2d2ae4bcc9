// What the timer shows: minutes and seconds counting down, "Paused", or "Time is up".
import { type TimerState, formatRemaining, remainingMs } from '@roundtable/shared'
import { type Translate, tNow } from '../i18n/useT.ts'

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
export function timerAnnouncement(display: TimerDisplay, t: Translate = tNow): string {
  switch (display.status) {
    case 'none':
      return t('session.timer.off')
    case 'running':
      return t('session.timer.running', { time: spokenTime(display.time, t) })
    case 'paused':
      return t('session.timer.pausedWith', { time: spokenTime(display.time, t) })
    case 'up':
      return t('session.timer.upSentence')
  }
}

/** "4:05" as "4 minutes 5 seconds", which screen readers say clearly. */
export function spokenTime(time: string, t: Translate = tNow): string {
  const [minutes = '0', seconds = '0'] = time.split(':')
  const m = Number(minutes)
  const s = Number(seconds)
  const minuteWords = t('session.minutes', { count: m })
  const secondWords = t('session.seconds', { count: s })
  if (m === 0) return secondWords
  if (s === 0) return minuteWords
  return t('session.minutesAndSeconds', { minutes: minuteWords, seconds: secondWords })
}
