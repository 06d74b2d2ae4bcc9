// Against the machine's Redis: messages reach the other instance and not the sender, an
// unreadable one is dropped, and every reconnection asks for a catch-up.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { setLogLevel } from '../logger.ts'
import { until } from '../room/roomTestDoubles.ts'
import type { FanoutMessage } from './Fanout.ts'
import { RedisConnections } from './RedisConnections.ts'
import { RedisFanout } from './RedisFanout.ts'
import { TEST_REDIS_URL, ensureRedis, removeKeys, testKeyPrefix } from './RedisTestServer.ts'

const prefix = testKeyPrefix()
const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA'
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

async function instance(id: string) {
  const connections = new RedisConnections(TEST_REDIS_URL)
  opened.push(connections)
  const fanout = new RedisFanout(connections, id, prefix)
  if (!(await connections.ready(5000))) throw new Error('Redis did not answer')
  const received: FanoutMessage[] = []
  let missed = 0
  fanout.onMissedMessages(() => missed++)
  return { connections, fanout, received, missed: () => missed, listen: () => fanout.subscribe(ROOM, (message) => received.push(message)) }
}

describe('RedisFanout', () => {
  it('passes a room’s messages to the other instance, not back to the sender', async () => {
    const [a, b] = [await instance('a'), await instance('b')]
    await Promise.all([a.listen(), b.listen()])
    a.fanout.publish(ROOM, 'session', 'update', Uint8Array.from([1, 2, 3]))
    await until(() => b.received.length === 1, 5000)
    expect(b.received[0]).toEqual({ doc: 'session', kind: 'update', payload: expect.anything() })
    expect([...(b.received[0]?.payload ?? [])]).toEqual([1, 2, 3])
    expect(a.received).toEqual([])

    await b.fanout.unsubscribe(ROOM)
    a.fanout.publish(ROOM, 'board', 'awareness', Uint8Array.from([4]))
    b.fanout.publish(ROOM, 'board', 'awareness', Uint8Array.from([5]))
    await until(() => a.received.length === 1, 5000)
    expect(b.received).toHaveLength(1)
  })

  it('drops an unreadable message and carries on', async () => {
    const [a, b] = [await instance('a'), await instance('b')]
    await b.listen()
    const raw = new Redis(TEST_REDIS_URL)
    try {
      await raw.publish(`${prefix}room:${ROOM}:board`, Buffer.from([0xff, 0xff, 0xff]))
    } finally {
      raw.disconnect()
    }
    a.fanout.publish(ROOM, 'board', 'update', Uint8Array.from([9]))
    await until(() => b.received.length === 1, 5000)
    expect([...(b.received[0]?.payload ?? [])]).toEqual([9])
  })

  it('asks this instance and the others to catch up when it reconnects, and still delivers after', async () => {
    const [a, b] = [await instance('a'), await instance('b')]
    await Promise.all([a.listen(), b.listen()])
    const [missedA, missedB] = [a.missed(), b.missed()]
    // Dropped on purpose; ioredis reconnects by itself.
    a.connections.subscriber.disconnect(true)
    a.connections.publisher.disconnect(true)
    await until(() => a.missed() > missedA && b.missed() > missedB, 5000)
    await until(() => a.connections.connected, 5000)
    b.fanout.publish(ROOM, 'board', 'update', Uint8Array.from([7]))
    await until(() => a.received.length === 1, 5000)
  })
})
