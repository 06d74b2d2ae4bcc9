import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { newRoomRecord } from '../storage/roomFixtures.ts'
import { SqliteStorage } from '../storage/SqliteStorage.ts'
import { SWEEP_INTERVAL_MS, startRetention, sweepIdleRooms, type RetentionRooms } from './retention.ts'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2025, 5, 1, 9, 0)

let dataDir: string
let storage: SqliteStorage
/** Rooms this instance holds in memory. */
let live: Set<string>
let rooms: RetentionRooms
/** Deletions asked for so far: each finishes by emptying the write-ahead log, on another thread. */
let deletions: Promise<unknown>[]

/** Waits for the deletions under way (real time, not the fake clock), then for the sweep to see them finish. */
async function deletionsFinished(): Promise<void> {
  await Promise.all(deletions)
  await vi.advanceTimersByTimeAsync(0)
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] })
  dataDir = mkdtempSync(join(tmpdir(), 'roundtable-retention-'))
  storage = SqliteStorage.open(dataDir)
  live = new Set()
  deletions = []
  rooms = {
    whenLoaded: async (roomId) => (live.has(roomId) ? { id: roomId } : null),
    deleteRoom: (roomId) => {
      const deleted = storage.deleteRoom(roomId)
      deletions.push(deleted)
      return deleted
    },
  }
})

afterEach(async () => {
  vi.useRealTimers()
  await storage.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function roomLastUsed(at: number): Promise<string> {
  const room = newRoomRecord({ createdAt: at })
  await storage.createRoom(room)
  return room.id
}

const exists = async (roomId: string) => (await storage.getRoom(roomId)) !== null

describe('deleting rooms nobody uses', () => {
  it('deletes rooms idle longer than the retention period and keeps the rest', async () => {
    const abandoned = await roomLastUsed(NOW - 31 * DAY)
    const recent = await roomLastUsed(NOW - 29 * DAY)
    const inUse = await roomLastUsed(NOW - 90 * DAY)
    live.add(inUse)
    expect(await sweepIdleRooms({ storage, rooms, retentionDays: 30 })).toBe(1)
    expect(await exists(abandoned)).toBe(false)
    expect(await exists(recent)).toBe(true)
    expect(await exists(inUse)).toBe(true)
  })

  it('gets past rooms in use, page after page', async () => {
    const inUse = [await roomLastUsed(NOW - 100 * DAY), await roomLastUsed(NOW - 99 * DAY)]
    for (const id of inUse) live.add(id)
    const idle: string[] = []
    for (let i = 0; i < 7; i++) idle.push(await roomLastUsed(NOW - (60 - i) * DAY))
    expect(await sweepIdleRooms({ storage, rooms, retentionDays: 30, pageSize: 2 })).toBe(7)
    for (const id of idle) expect(await exists(id)).toBe(false)
    for (const id of inUse) expect(await exists(id)).toBe(true)
  })

  it('skips a room it cannot delete and goes on with the others', async () => {
    const stuck = await roomLastUsed(NOW - 50 * DAY)
    const other = await roomLastUsed(NOW - 40 * DAY)
    const failing: RetentionRooms = {
      ...rooms,
      deleteRoom: async (roomId) => {
        if (roomId === stuck) throw new Error('database went away')
        return storage.deleteRoom(roomId)
      },
    }
    expect(await sweepIdleRooms({ storage, rooms: failing, retentionDays: 30, pageSize: 1 })).toBe(1)
    expect(await exists(stuck)).toBe(true)
    expect(await exists(other)).toBe(false)
  })

  it('keeps every room when the retention period is 0', async () => {
    const ancient = await roomLastUsed(NOW - 5000 * DAY)
    const schedule = startRetention({ storage, rooms, retentionDays: 0 })
    await vi.advanceTimersByTimeAsync(3 * SWEEP_INTERVAL_MS)
    await schedule.stop()
    expect(await sweepIdleRooms({ storage, rooms, retentionDays: 0 })).toBe(0)
    expect(await exists(ancient)).toBe(true)
  })

  it('sweeps at start-up and then every hour, until stopped', async () => {
    const stale = await roomLastUsed(NOW - 31 * DAY)
    // Crosses the 30-day line two and a half hours from now.
    const soon = await roomLastUsed(NOW - 30 * DAY + 2.5 * 60 * 60 * 1000)
    const later = await roomLastUsed(NOW - 30 * DAY + 5.5 * 60 * 60 * 1000)
    const schedule = startRetention({ storage, rooms, retentionDays: 30 })
    await vi.advanceTimersByTimeAsync(0)
    expect(await exists(stale)).toBe(false)
    expect(await exists(soon)).toBe(true)
    await deletionsFinished()

    await vi.advanceTimersByTimeAsync(2 * SWEEP_INTERVAL_MS)
    expect(await exists(soon)).toBe(true)
    await vi.advanceTimersByTimeAsync(SWEEP_INTERVAL_MS)
    expect(await exists(soon)).toBe(false)

    await schedule.stop()
    await vi.advanceTimersByTimeAsync(10 * SWEEP_INTERVAL_MS)
    expect(await exists(later)).toBe(true)
  })
})
