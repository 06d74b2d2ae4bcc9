// Turns a rate limiter's refusal into a 429 with Retry-After and a sentence saying how long to wait.
import { HttpError } from '../HttpError.ts'
import type { RateLimiter } from './RateLimiter.ts'

export function enforceRate(limiter: RateLimiter, key: string, tooMany: (seconds: number) => string): void {
  const decision = limiter.take(key)
  if (decision.allowed) return
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000))
  throw new HttpError(429, tooMany(seconds), { headers: { 'Retry-After': String(seconds) } })
}
