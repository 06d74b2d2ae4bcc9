import { describe, expect, it } from 'vitest'
import { RateLimiter } from './RateLimiter.ts'

function limiter(limit: number, windowMs: number, maxKeys?: number) {
  const clock = { now: 1_000_000 }
  const rateLimiter = new RateLimiter({ limit, windowMs, maxKeys, now: () => clock.now })
  return { rateLimiter, clock }
}

describe('RateLimiter', () => {
  it('allows the limit within a window and refuses the next, saying when to retry', () => {
    const { rateLimiter, clock } = limiter(3, 60_000)
    for (let i = 0; i < 3; i++) expect(rateLimiter.take('10.0.0.1')).toEqual({ allowed: true })
    clock.now += 15_000
    expect(rateLimiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 45_000 })
  })

  it('counts each address separately', () => {
    const { rateLimiter } = limiter(1, 60_000)
    expect(rateLimiter.take('a').allowed).toBe(true)
    expect(rateLimiter.take('a').allowed).toBe(false)
    expect(rateLimiter.take('b').allowed).toBe(true)
  })

  it('allows requests again once the window has passed', () => {
    const { rateLimiter, clock } = limiter(2, 60_000)
    rateLimiter.take('a')
    rateLimiter.take('a')
    expect(rateLimiter.take('a').allowed).toBe(false)
    clock.now += 60_000
    expect(rateLimiter.take('a').allowed).toBe(true)
  })

  it('keeps counting refused requests, so hammering does not reopen the window early', () => {
    const { rateLimiter, clock } = limiter(1, 60_000)
    rateLimiter.take('a')
    for (let i = 0; i < 10; i++) rateLimiter.take('a')
    clock.now += 59_999
    expect(rateLimiter.take('a').allowed).toBe(false)
  })

  it('forgets finished windows and never tracks more than maxKeys', () => {
    const { rateLimiter, clock } = limiter(5, 1000, 50)
    for (let i = 0; i < 200; i++) rateLimiter.take(`client-${i}`)
    expect(rateLimiter.trackedKeys).toBeLessThanOrEqual(50)
    clock.now += 1000
    rateLimiter.take('late')
    expect(rateLimiter.trackedKeys).toBe(1)
  })
})
