// Against the machine's Redis: a room's tasks on two instances never overlap, who asked for
// more time is shared, and with Redis unreachable tasks still run.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { setLogLevel } from '../logger.ts'
import { RedisConnections } from './RedisConnections.ts'
import { RedisCoordination } from './RedisCoordination.ts'
import { TEST_REDIS_URL, ensureRedis, removeKeys, testKeyPrefix } from './RedisTestServer.ts'

const prefix = testKeyPrefix()
let opened: RedisConnections[] = []

beforeAll(async () => {
  setLogLevel('silent')
  await ensureRedis()
})
afterEach(async () => {
  await Promise.all(opened.map((connections) => connections.close()))
  opened = []
})
afterAll(() => removeKeys(prefix))

async function instance(url = TEST_REDIS_URL, waitForRedis = true): Promise<RedisCoordination> {
  const connections = new RedisConnections(url)
  opened.push(connections)
  if (waitForRedis && !(await connections.ready(5000))) throw new Error('Redis did not answer')
  return new RedisCoordination(connections, prefix)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('RedisCoordination', () => {
  it('runs one task at a time per room across instances', async () => {
    const [a, b] = [await instance(), await instance()]
    const events: string[] = []
    const task = (name: string) => async () => {
      events.push(`${name} starts`)
      await pause(30)
      events.push(`${name} ends`)
    }
    await Promise.all([a.exclusive('room-1', task('a1')), b.exclusive('room-1', task('b1')), a.exclusive('room-1', task('a2'))])
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]?.replace('starts', 'ends'))
    expect(events).toHaveLength(6)
  })

  it('lets the next holder in after a task fails', async () => {
    const [a, b] = [await instance(), await instance()]
    await expect(a.exclusive('room-2', async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    expect(await b.exclusive('room-2', async () => 'ran')).toBe('ran')
  })

  it('shares who asked for more time, until a new timer clears them', async () => {
    const [a, b] = [await instance(), await instance()]
    await a.moreTimeAskers('room-3').add('participant-1')
    expect(await b.moreTimeAskers('room-3').has('participant-1')).toBe(true)
    expect(await b.moreTimeAskers('room-3').has('participant-2')).toBe(false)
    expect(await b.moreTimeAskers('room-4').has('participant-1')).toBe(false)
    await b.moreTimeAskers('room-3').clear()
    expect(await a.moreTimeAskers('room-3').has('participant-1')).toBe(false)
  })

  it('still runs tasks, and remembers askers on this instance, while Redis is unreachable', async () => {
    // Nothing listens on port 1.
    const cut = await instance('redis://127.0.0.1:1', false)
    expect(await cut.exclusive('room-5', async () => 'ran')).toBe('ran')
    const askers = cut.moreTimeAskers('room-5')
    await askers.add('participant-1')
    expect(await askers.has('participant-1')).toBe(true)
  })
})
