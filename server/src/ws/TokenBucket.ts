// A token bucket for one connection's messages: it refills at a steady rate and holds a
// burst, so a client may send a quick run (its first sync, a pasted list) but not a flood.

export interface TokenBucketOptions {
  /** Tokens added per second: the steady rate a connection may keep up for ever. */
  perSecond: number
  /** Most tokens held at once: the longest run allowed after a quiet spell. */
  burst: number
  now?: () => number
}

export class TokenBucket {
  private tokens: number
  private refilledAt: number
  private readonly now: () => number

  constructor(private readonly options: TokenBucketOptions) {
    this.now = options.now ?? Date.now
    // A new connection starts full: its sync and awareness arrive together.
    this.tokens = options.burst
    this.refilledAt = this.now()
  }

  /** Spends one token; false when none is left, and then nothing is spent. */
  take(): boolean {
    const now = this.now()
    const elapsedMs = Math.max(0, now - this.refilledAt)
    this.refilledAt = now
    this.tokens = Math.min(this.options.burst, this.tokens + (elapsedMs * this.options.perSecond) / 1000)
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
