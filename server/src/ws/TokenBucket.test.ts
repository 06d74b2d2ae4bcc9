import { describe, expect, it } from 'vitest'
import { TokenBucket } from './TokenBucket.ts'

function bucket(perSecond: number, burst: number) {
  const clock = { now: 5_000_000 }
  return { bucket: new TokenBucket({ perSecond, burst, now: () => clock.now }), clock }
}

function takeUntilRefused(tokens: TokenBucket, most: number): number {
  let taken = 0
  while (taken < most && tokens.take()) taken++
  return taken
}

describe('TokenBucket', () => {
  it('lets a new connection send its whole burst at once, then refuses', () => {
    const { bucket: tokens } = bucket(100, 200)
    expect(takeUntilRefused(tokens, 1000)).toBe(200)
    expect(tokens.take()).toBe(false)
  })

  it('refills at the steady rate, never beyond the burst', () => {
    const { bucket: tokens, clock } = bucket(100, 200)
    takeUntilRefused(tokens, 1000)
    clock.now += 250
    expect(takeUntilRefused(tokens, 1000)).toBe(25)
    clock.now += 60_000
    expect(takeUntilRefused(tokens, 1000)).toBe(200)
  })

  it('never refuses a sender that keeps to the rate, however long it goes on', () => {
    const { bucket: tokens, clock } = bucket(10, 20)
    for (let i = 0; i < 10_000; i++) {
      clock.now += 100
      expect(tokens.take()).toBe(true)
    }
  })

  it('refuses a sender that keeps just above the rate once the burst is used up', () => {
    const { bucket: tokens, clock } = bucket(10, 20)
    let refusedAt = -1
    for (let i = 0; i < 1000 && refusedAt === -1; i++) {
      clock.now += 90
      if (!tokens.take()) refusedAt = i
    }
    // 11.1 a second against 10: the burst of 20 lasts about 180 messages.
    expect(refusedAt).toBeGreaterThan(150)
    expect(refusedAt).toBeLessThan(250)
  })

  it('does not count refused messages against the sender', () => {
    const { bucket: tokens, clock } = bucket(10, 20)
    takeUntilRefused(tokens, 100)
    for (let i = 0; i < 50; i++) tokens.take()
    clock.now += 100
    expect(tokens.take()).toBe(true)
  })

  it('ignores a clock that goes backwards', () => {
    const { bucket: tokens, clock } = bucket(10, 2)
    takeUntilRefused(tokens, 10)
    clock.now -= 10_000
    expect(tokens.take()).toBe(false)
  })
})
