// An instance's two Redis connections: one for commands and publishing, and one that only
// subscribes (Redis allows nothing else on it). Both reconnect for ever; each outage is
// logged once, when it starts and when it ends. The address is never logged: it may hold a password.
import { Redis, type RedisOptions } from 'ioredis'
import { createLogger, errorMessage } from '../logger.ts'

const log = createLogger('redis')

type Role = 'publisher' | 'subscriber'

const OPTIONS: RedisOptions = {
  // Fail at once while disconnected instead of queueing: nothing waits on Redis, and what
  // was missed meanwhile is read from storage on reconnection.
  enableOfflineQueue: false,
  // RedisFanout subscribes again itself, so it knows when that is done.
  autoResubscribe: false,
  autoResendUnfulfilledCommands: false,
  retryStrategy: (times) => Math.min(100 * times, 2000),
  connectTimeout: 5000,
}

export class RedisConnections {
  readonly publisher: Redis
  readonly subscriber: Redis
  /** Connections that were up and went down, or never came up; logged once per outage. */
  private readonly down = new Set<Role>()
  private readonly readyListeners: Record<Role, ((afterOutage: boolean) => void)[]> = { publisher: [], subscriber: [] }
  private closing = false

  constructor(url: string) {
    this.publisher = this.open(url, 'publisher')
    this.subscriber = this.open(url, 'subscriber')
  }

  get connected(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready'
  }

  /**
   * `listener` runs each time the connection comes up: first at start-up (afterOutage false),
   * then after each time it was lost or failed to start (afterOutage true).
   */
  onReady(role: Role, listener: (afterOutage: boolean) => void): void {
    this.readyListeners[role].push(listener)
  }

  /** Resolves true once both connections are up, or false after `timeoutMs`. */
  async ready(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs
    while (!this.connected && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20))
    return this.connected
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all([this.publisher, this.subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())))
  }

  private open(url: string, role: Role): Redis {
    const connection = new Redis(url, OPTIONS)
    connection.on('ready', () => {
      const afterOutage = this.down.delete(role)
      if (afterOutage && this.down.size === 0) log.info('connected to Redis again; catching up rooms from storage')
      for (const listener of this.readyListeners[role]) listener(afterOutage)
    })
    // ioredis emits 'error' on every failed attempt; one line per outage is enough.
    connection.on('error', (error: unknown) => this.lost(role, errorMessage(error)))
    connection.on('close', () => this.lost(role, 'connection closed'))
    return connection
  }

  private lost(role: Role, cause: string): void {
    if (this.closing || this.down.has(role)) return
    if (this.down.size === 0) {
      log.error('lost the connection to Redis (or could not reach it); serving this instance’s own clients only, and reconnecting', { role, cause })
    }
    this.down.add(role)
  }
}
