// How many rooms one address may open an hour (ROOMS_PER_ADDRESS_PER_HOUR): new rooms and
// restored backups count alike, so neither route can be used to fill the disk.
import { enforceRate } from './enforceRate.ts'
import { RateLimiter } from './RateLimiter.ts'

export const ROOM_CREATION_WINDOW_MS = 60 * 60_000

/** One of these is shared by POST /api/rooms and POST /api/rooms/restore. */
export function roomCreationLimiter(perHour: number): RateLimiter {
  return new RateLimiter({ limit: perHour, windowMs: ROOM_CREATION_WINDOW_MS })
}

/**
 * Counts an attempt to open a room from this address, refusing it with 429 and Retry-After
 * past the limit. Every attempt counts, refused or not, so a room token cannot be guessed
 * quickly either. Without a limiter nothing is counted.
 */
export function enforceRoomCreations(limiter: RateLimiter | undefined, address: string): void {
  if (!limiter) return
  enforceRate(limiter, address, (seconds) => `Too many rooms were started from here in the last hour. Please try again in ${inMinutes(seconds)}.`)
}

function inMinutes(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`
}
