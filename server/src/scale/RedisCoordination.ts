// Room coordination across instances through Redis: a lock per room (SET NX with an expiry,
// released only by its holder) and a set per room of who asked for more time. While Redis
// is unreachable, tasks run under the instance's own ordering only, so a workshop carries on.
import { randomBytes } from 'node:crypto'
import { MoreTimeAskersInMemory, type MoreTimeAskers } from '../facilitation/MoreTimeAskers.ts'
import { createLogger, errorMessage } from '../logger.ts'
import { RoomClosedError } from '../room/Room.ts'
import type { RedisConnections } from './RedisConnections.ts'
import type { RoomCoordination } from './RoomCoordination.ts'

const log = createLogger('coordination')

/** Deletes the lock only if it still holds this holder's token: an expired lock may be someone else's now. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`
const ASKERS_TTL_MS = 24 * 60 * 60 * 1000

export interface LockTimings {
  /** A holder that died frees the lock after this long; tasks take milliseconds. */
  ttlMs: number
  /** How long to wait for another instance's task before refusing. */
  waitMs: number
  pollMs: number
}

const DEFAULT_TIMINGS: LockTimings = { ttlMs: 10_000, waitMs: 10_000, pollMs: 15 }

export class RedisCoordination implements RoomCoordination {
  private warnedUnlocked = false

  constructor(
    private readonly redis: RedisConnections,
    private readonly prefix: string,
    private readonly timings: LockTimings = DEFAULT_TIMINGS,
  ) {
    redis.onReady('publisher', () => (this.warnedUnlocked = false))
  }

  async exclusive<T>(roomId: string, task: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}lock:${roomId}`
    const token = randomBytes(12).toString('base64url')
    if (!(await this.acquire(key, token, roomId))) return task()
    const started = Date.now()
    try {
      return await task()
    } finally {
      if (Date.now() - started > this.timings.ttlMs) log.warn('a room task outlasted its lock', { room: roomId, ms: Date.now() - started })
      await this.redis.publisher.eval(RELEASE, 1, key, token).catch((error: unknown) => {
        // It expires by itself.
        log.warn('could not release a room lock', { room: roomId, error: errorMessage(error) })
      })
    }
  }

  moreTimeAskers(roomId: string): MoreTimeAskers {
    return new RedisMoreTimeAskers(this.redis, `${this.prefix}more-time:${roomId}`)
  }

  /** True once held; false when Redis cannot be asked (run unlocked). Throws when another holder keeps it too long. */
  private async acquire(key: string, token: string, roomId: string): Promise<boolean> {
    const deadline = Date.now() + this.timings.waitMs
    for (;;) {
      try {
        const answer = await this.redis.publisher.set(key, token, 'PX', this.timings.ttlMs, 'NX')
        if (answer === 'OK') return true
      } catch (error) {
        if (!this.warnedUnlocked) log.warn('cannot lock rooms across instances while Redis is unreachable', { error: errorMessage(error) })
        this.warnedUnlocked = true
        return false
      }
      if (Date.now() > deadline) throw new RoomClosedError(`another instance kept room ${roomId} busy`)
      await new Promise((done) => setTimeout(done, this.timings.pollMs))
    }
  }
}

/** Kept in Redis; what Redis could not be told is also remembered here, so nobody counts twice on this instance. */
class RedisMoreTimeAskers implements MoreTimeAskers {
  private readonly local = new MoreTimeAskersInMemory()

  constructor(
    private readonly redis: RedisConnections,
    private readonly key: string,
  ) {}

  async has(participantId: string): Promise<boolean> {
    if (await this.local.has(participantId)) return true
    try {
      return (await this.redis.publisher.sismember(this.key, participantId)) === 1
    } catch {
      return false
    }
  }

  async add(participantId: string): Promise<void> {
    await this.local.add(participantId)
    await this.redis.publisher
      .multi()
      .sadd(this.key, participantId)
      .pexpire(this.key, ASKERS_TTL_MS)
      .exec()
      .catch((error: unknown) => log.warn('could not share a more-time request', { error: errorMessage(error) }))
  }

  async clear(): Promise<void> {
    await this.local.clear()
    await this.redis.publisher.del(this.key).catch((error: unknown) => log.warn('could not reset more-time requests', { error: errorMessage(error) }))
  }
}
