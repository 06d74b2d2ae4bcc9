import { describe, expect, it } from 'vitest'
import { IDLE_TIMER, MAX_TIMER_MS, extendTimer, formatRemaining, pauseTimer, remainingMs, resumeTimer, startTimer } from './timer.ts'

const minute = 60_000

describe('timer', () => {
  it('counts down from the start', () => {
    const timer = startTimer(5 * minute, 1_000)
    expect(remainingMs(timer, 1_000)).toBe(5 * minute)
    expect(remainingMs(timer, 1_000 + 2 * minute)).toBe(3 * minute)
    expect(remainingMs(timer, 1_000 + 9 * minute)).toBe(0)
  })

  it('stands still while paused and carries on from there', () => {
    const paused = pauseTimer(startTimer(5 * minute, 0), 2 * minute)
    expect(remainingMs(paused, 2 * minute)).toBe(3 * minute)
    expect(remainingMs(paused, 50 * minute)).toBe(3 * minute)
    const resumed = resumeTimer(paused, 50 * minute)
    expect(remainingMs(resumed, 51 * minute)).toBe(2 * minute)
  })

  it('extends a running, a paused, a finished and an idle timer', () => {
    expect(remainingMs(extendTimer(startTimer(minute, 0), minute, 30_000), 30_000)).toBe(90_000)
    expect(remainingMs(extendTimer(pauseTimer(startTimer(minute, 0), 30_000), minute, 99), 0)).toBe(90_000)
    // Time already up: the extra minute counts from now, not from when it ran out.
    expect(remainingMs(extendTimer(startTimer(minute, 0), minute, 10 * minute), 10 * minute)).toBe(minute)
    expect(remainingMs(extendTimer(IDLE_TIMER, minute, 0), 0)).toBe(minute)
  })

  it('never runs longer than the longest timer, or below zero', () => {
    expect(remainingMs(startTimer(MAX_TIMER_MS * 3, 0), 0)).toBe(MAX_TIMER_MS)
    expect(remainingMs(startTimer(-5, 0), 0)).toBe(0)
  })

  it('ignores pause and resume when they make no sense', () => {
    expect(pauseTimer(IDLE_TIMER, 5)).toBe(IDLE_TIMER)
    const running = startTimer(minute, 0)
    expect(resumeTimer(running, 5)).toBe(running)
  })

  it('shows minutes and seconds, rounding up', () => {
    expect(formatRemaining(0)).toBe('0:00')
    expect(formatRemaining(1)).toBe('0:01')
    expect(formatRemaining(65_000)).toBe('1:05')
    expect(formatRemaining(10 * minute)).toBe('10:00')
  })
})
