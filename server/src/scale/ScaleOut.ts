// What an instance needs to share rooms with other instances: fan-out of updates and
// awareness, and room coordination. Through Redis when REDIS_URL is set; otherwise the
// single-instance stand-ins, which share nothing.
import { randomBytes } from 'node:crypto'
import { createLogger } from '../logger.ts'
import { SingleInstanceFanout, type Fanout } from './Fanout.ts'
import { RedisConnections } from './RedisConnections.ts'
import { RedisCoordination } from './RedisCoordination.ts'
import { RedisFanout } from './RedisFanout.ts'
import { SingleInstanceCoordination, type RoomCoordination } from './RoomCoordination.ts'

const log = createLogger('scale')

/** Keys and channels of every instance start with this; room ids are random, so rooms of separate deployments never meet. */
export const DEFAULT_KEY_PREFIX = 'roundtable:'

export interface ScaleOut {
  readonly fanout: Fanout
  readonly coordination: RoomCoordination
  close(): Promise<void>
}

export function singleInstance(): ScaleOut {
  return { fanout: new SingleInstanceFanout(), coordination: new SingleInstanceCoordination(), close: async () => {} }
}

export interface ScaleOutOptions {
  redisUrl: string | null
  keyPrefix?: string
  /** How long start-up waits for Redis before carrying on without it (it keeps reconnecting). */
  connectTimeoutMs?: number
}

export async function openScaleOut({ redisUrl, keyPrefix = DEFAULT_KEY_PREFIX, connectTimeoutMs = 5000 }: ScaleOutOptions): Promise<ScaleOut> {
  if (redisUrl === null) return singleInstance()
  const instanceId = randomBytes(9).toString('base64url')
  const redis = new RedisConnections(redisUrl)
  const fanout = new RedisFanout(redis, instanceId, keyPrefix)
  const coordination = new RedisCoordination(redis, keyPrefix)
  if (await redis.ready(connectTimeoutMs)) log.info('sharing rooms with other instances through Redis', { instance: instanceId })
  else log.error('starting without Redis; rooms are shared with other instances once it is reachable', { instance: instanceId })
  return { fanout, coordination, close: () => redis.close() }
}
