// For tests only: the machine's Redis (REDIS_URL as the server reads it, else loopback),
// started if nothing answers, and a key prefix of a test's own so parallel runs never meet.
import { execSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'

export const TEST_REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379'

const START_ATTEMPTS = 50

/** A prefix for one test file's keys and channels, e.g. "rt-test-3f2a9c1b:". */
export function testKeyPrefix(): string {
  return `rt-test-${randomBytes(4).toString('hex')}:`
}

let ready: Promise<void> | null = null

/** Pings once; when the local Redis is down, starts it and waits, with a bounded number of tries. */
export function ensureRedis(): Promise<void> {
  ready ??= (async () => {
    if (await answers()) return
    const url = new URL(TEST_REDIS_URL)
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error(`the test Redis at ${url.host} does not answer`)
    execSync(`redis-server --daemonize yes --bind 127.0.0.1 --port ${url.port || 6379} --save "" --appendonly no`, { stdio: 'ignore' })
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      if (await answers()) return
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error('Redis was started but does not answer')
  })()
  return ready
}

/** Removes every key with the prefix (channels leave nothing behind). */
export async function removeKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    await redis.connect()
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
  } finally {
    redis.disconnect()
  }
}

async function answers(): Promise<boolean> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  redis.on('error', () => {})
  try {
    await redis.connect()
    return (await redis.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    redis.disconnect()
  }
}
