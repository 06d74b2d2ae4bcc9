// Deletes rooms nobody has used for ROOM_RETENTION_DAYS, for good: a sweep at start-up
// and then every hour. A room loaded in memory is in use, so it is left alone.
import { createLogger, errorMessage } from '../logger.ts'
import type { Storage } from '../storage/Storage.ts'

const log = createLogger('retention')

const DAY_MS = 24 * 60 * 60 * 1000
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000
const PAGE_SIZE = 100

/** What the sweep needs from the live rooms (RoomRegistry). */
export interface RetentionRooms {
  /** The room if it is in memory or being loaded on this instance, else null. */
  whenLoaded(roomId: string): Promise<unknown>
  /** Closes the room's sockets (4404) and deletes it with everything in it; false when it was gone. */
  deleteRoom(roomId: string): Promise<boolean>
}

export interface RetentionOptions {
  storage: Pick<Storage, 'listIdleRooms'>
  rooms: RetentionRooms
  /** 0 keeps rooms for ever. */
  retentionDays: number
  now?: () => number
  pageSize?: number
}

/**
 * Deletes every room last used more than `retentionDays` ago and not live here. Answers
 * how many it deleted. A room that cannot be deleted is logged and skipped until the next sweep.
 */
export async function sweepIdleRooms(options: RetentionOptions, stopping: () => boolean = () => false): Promise<number> {
  if (options.retentionDays === 0) return 0
  const pageSize = options.pageSize ?? PAGE_SIZE
  const before = (options.now ?? Date.now)() - options.retentionDays * DAY_MS
  // Skipped rooms stay in the list, so each page asks for that many more.
  const skipped = new Set<string>()
  let deleted = 0
  for (;;) {
    const limit = pageSize + skipped.size
    const page = await options.storage.listIdleRooms(before, limit)
    for (const room of page) {
      if (skipped.has(room.id)) continue
      if (stopping()) return deleted
      if ((await options.rooms.whenLoaded(room.id)) !== null) {
        skipped.add(room.id)
        continue
      }
      try {
        if (await options.rooms.deleteRoom(room.id)) {
          deleted++
          log.info('deleted a room nobody used within the retention period', { room: room.id, lastActiveAt: new Date(room.lastActiveAt).toISOString() })
        }
      } catch (error) {
        skipped.add(room.id)
        log.error('could not delete an idle room', { room: room.id, error: errorMessage(error) })
      }
    }
    if (page.length < limit) return deleted
  }
}

export interface RetentionSchedule {
  /** Stops the hourly sweeps and waits for one that is running. */
  stop(): Promise<void>
}

/** Sweeps now and then every `intervalMs` (an hour); does nothing when retentionDays is 0. */
export function startRetention(options: RetentionOptions & { intervalMs?: number }): RetentionSchedule {
  if (options.retentionDays === 0) return { stop: async () => {} }
  let stopped = false
  let running: Promise<void> | null = null
  const sweep = () => {
    // An hour is long; if a sweep is somehow still going, the next one waits for the next hour.
    if (stopped || running) return
    running = sweepIdleRooms(options, () => stopped)
      .then(
        (deleted) => {
          if (deleted > 0) log.info('retention sweep finished', { deleted, retentionDays: options.retentionDays })
        },
        (error: unknown) => log.error('retention sweep failed', { error: errorMessage(error) }),
      )
      .finally(() => {
        running = null
      })
  }
  sweep()
  const timer = setInterval(sweep, options.intervalMs ?? SWEEP_INTERVAL_MS)
  // The sweep alone must not keep a stopping process alive.
  timer.unref()
  return {
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
