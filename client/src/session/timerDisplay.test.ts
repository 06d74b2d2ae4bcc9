import { pauseTimer, startTimer } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { spokenTime, timerAnnouncement, timerDisplay } from './timerDisplay.ts'

const english = translatorFor('en')

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
    expect(timerAnnouncement(timerDisplay(timer, 90_000), english)).toBe('Time is up.')
  })

  it('holds still while paused', () => {
    const paused = pauseTimer(startTimer(120_000, 0), 30_000)
    expect(timerDisplay(paused, 999_999)).toEqual({ status: 'paused', time: '1:30' })
    expect(timerAnnouncement(timerDisplay(paused, 0), english)).toBe('Timer paused with 1 minute 30 seconds left.')
  })

  it('speaks times in words', () => {
    expect(spokenTime('4:05', english)).toBe('4 minutes 5 seconds')
    expect(spokenTime('2:00', english)).toBe('2 minutes')
    expect(spokenTime('0:01', english)).toBe('1 second')
    expect(spokenTime('0:00', english)).toBe('0 seconds')
  })

  it('speaks times with each language’s own plural forms', () => {
    const polish = translatorFor('pl')
    expect(spokenTime('1:00', polish)).toBe('1 minuta')
    expect(spokenTime('3:00', polish)).toBe('3 minuty')
    expect(spokenTime('5:00', polish)).toBe('5 minut')
    expect(spokenTime('22:00', polish)).toBe('22 minuty')
    expect(spokenTime('0:02', translatorFor('ar'))).toBe('ثانيتان')
  })
})
