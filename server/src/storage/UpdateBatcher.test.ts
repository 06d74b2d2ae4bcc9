import { beforeAll, describe, expect, it } from 'vitest'
import { setLogLevel } from '../logger.ts'
import type { UpdateEntry } from './Storage.ts'
import { UpdateBatcher } from './UpdateBatcher.ts'

beforeAll(() => setLogLevel('silent'))

function recordingStorage(fail = false) {
  const calls: UpdateEntry[][] = []
  let seq = 0
  return {
    calls,
    appendUpdates: async (entries: readonly UpdateEntry[]) => {
      calls.push([...entries])
      if (fail) throw new Error('disk full')
      return entries.map(() => ++seq)
    },
  }
}

const bytes = (n: number) => Uint8Array.from([n])

describe('UpdateBatcher', () => {
  it('writes the updates of every room and document from one turn in a single call, in order', async () => {
    const storage = recordingStorage()
    const batcher = new UpdateBatcher(storage)
    const seqs = await Promise.all([
      batcher.append('room-a', 'board', bytes(1)),
      batcher.append('room-b', 'board', bytes(2)),
      batcher.append('room-a', 'session', bytes(3)),
    ])
    expect(storage.calls).toHaveLength(1)
    expect(storage.calls[0]?.map((entry) => [entry.roomId, entry.doc, entry.update[0]])).toEqual([
      ['room-a', 'board', 1],
      ['room-b', 'board', 2],
      ['room-a', 'session', 3],
    ])
    expect(seqs).toEqual([1, 2, 3])
  })

  it('starts a new batch on a later turn', async () => {
    const storage = recordingStorage()
    const batcher = new UpdateBatcher(storage)
    await batcher.append('room-a', 'board', bytes(1))
    await batcher.append('room-a', 'board', bytes(2))
    expect(storage.calls).toHaveLength(2)
  })

  it('rejects every update of a batch that could not be written', async () => {
    const batcher = new UpdateBatcher(recordingStorage(true))
    const results = await Promise.allSettled([batcher.append('room-a', 'board', bytes(1)), batcher.append('room-b', 'board', bytes(2))])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
  })

  it('writes each room on its own when a batch fails, so one failing room does not sink the others', async () => {
    const calls: string[][] = []
    let seq = 0
    const batcher = new UpdateBatcher({
      appendUpdates: async (entries) => {
        calls.push(entries.map((entry) => entry.roomId))
        if (entries.some((entry) => entry.roomId === 'deleted-room')) throw new Error('no such room')
        return entries.map(() => ++seq)
      },
    })
    const results = await Promise.allSettled([
      batcher.append('room-a', 'board', bytes(1)),
      batcher.append('deleted-room', 'board', bytes(2)),
      batcher.append('room-a', 'session', bytes(3)),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(calls).toEqual([['room-a', 'deleted-room', 'room-a'], ['room-a', 'room-a'], ['deleted-room']])
  })

  it('stops trying room by room once two rooms have failed, as storage itself is down', async () => {
    const storage = recordingStorage(true)
    const batcher = new UpdateBatcher(storage)
    const results = await Promise.allSettled(['a', 'b', 'c', 'd'].map((room) => batcher.append(room, 'board', bytes(1))))
    expect(results.every((result) => result.status === 'rejected')).toBe(true)
    expect(storage.calls.map((call) => call.map((entry) => entry.roomId))).toEqual([['a', 'b', 'c', 'd'], ['a'], ['b']])
  })

  it('reports appends failing from a failed batch until one succeeds', async () => {
    let failing = true
    const batcher = new UpdateBatcher({
      appendUpdates: async (entries) => {
        if (failing) throw new Error('disk full')
        return entries.map((_, i) => i + 1)
      },
    })
    expect(batcher.status.ok).toBe(true)
    await batcher.append('room-a', 'board', bytes(1)).catch(() => {})
    expect(batcher.status).toEqual({ ok: false, failingSince: expect.any(Number) })
    failing = false
    await batcher.append('room-a', 'board', bytes(1))
    expect(batcher.status).toEqual({ ok: true, failingSince: null })
  })

  it('flush waits for queued updates without waiting for the next turn', async () => {
    const storage = recordingStorage()
    const batcher = new UpdateBatcher(storage)
    const written = batcher.append('room-a', 'board', bytes(1))
    await batcher.flush()
    expect(storage.calls).toHaveLength(1)
    await expect(written).resolves.toBe(1)
  })
})
