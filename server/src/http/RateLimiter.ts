// Counts requests per key (a client address) in fixed windows, to slow down guessing of
// join codes. Memory stays bounded: finished windows are swept, and the table has a cap.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number }

export interface RateLimiterOptions {
  limit: number
  windowMs: number
  /** Most keys tracked at once; past it, the oldest windows are forgotten first. */
  maxKeys?: number
  now?: () => number
}

interface Window {
  startedAt: number
  count: number
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>()
  private readonly maxKeys: number
  private readonly now: () => number
  private lastSweep: number

  constructor(private readonly options: RateLimiterOptions) {
    this.maxKeys = options.maxKeys ?? 100_000
    this.now = options.now ?? Date.now
    this.lastSweep = this.now()
  }

  /** Counts one request for `key` and says whether it may go ahead. */
  take(key: string): RateDecision {
    const now = this.now()
    this.sweep(now)
    let window = this.windows.get(key)
    if (!window || now - window.startedAt >= this.options.windowMs) {
      window = { startedAt: now, count: 0 }
      // Re-inserting keeps the Map in order of window start, oldest first.
      this.windows.delete(key)
      this.windows.set(key, window)
    }
    window.count++
    if (window.count <= this.options.limit) return { allowed: true }
    return { allowed: false, retryAfterMs: window.startedAt + this.options.windowMs - now }
  }

  get trackedKeys(): number {
    return this.windows.size
  }

  private sweep(now: number): void {
    if (now - this.lastSweep >= this.options.windowMs) {
      this.lastSweep = now
      for (const [key, window] of this.windows) {
        if (now - window.startedAt < this.options.windowMs) break
        this.windows.delete(key)
      }
    }
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next()
      if (oldest.done) break
      this.windows.delete(oldest.value)
    }
  }
}
