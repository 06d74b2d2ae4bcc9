import { pauseTimer, startTimer } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { spokenTime, timerAnnouncement, timerDisplay } from './timerDisplay.ts'

describe('timer display', () => {
  it('shows nothing without a timer', () => {
    expect(timerDisplay({ status: 'idle' }, 0)).toEqual({ status: 'none' })
  })

  it('counts down in minutes and seconds', () => {
    const timer = startTimer(5 * 60_000, 1_000)
    expect(timerDisplay(timer, 1_000)).toEqual({ status: 'running', time: '5:00' })
    expect(timerDisplay(timer, 1_000 + 55_500)).toEqual({ status: 'running', time: '4:05' })
  })

  it('says "Time is up" at the end, not 0:00', () => {
    const timer = startTimer(60_000, 0)
    expect(timerDisplay(timer, 60_000)).toEqual({ status: 'up' })
    expect(timerAnnouncement(timerDisplay(timer, 90_000))).toBe('Time is up.')
  })

  it('holds still while paused', () => {
    const paused = pauseTimer(startTimer(120_000, 0), 30_000)
    expect(timerDisplay(paused, 999_999)).toEqual({ status: 'paused', time: '1:30' })
    expect(timerAnnouncement(timerDisplay(paused, 0))).toBe('Timer paused with 1 minute 30 seconds left.')
  })

  it('speaks times in words', () => {
    expect(spokenTime('4:05')).toBe('4 minutes 5 seconds')
    expect(spokenTime('2:00')).toBe('2 minutes')
    expect(spokenTime('0:01')).toBe('1 second')
  })
})
