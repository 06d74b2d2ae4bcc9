// Restoring a backup into a new room. The body is a backup file, far larger than other API
// bodies, so this route reads it with its own limit; restores are rate-limited per address,
// count as rooms opened, and need the organisation's room token when one is set.
import { Hono } from 'hono'
import { MAX_BACKUP_BYTES, parseBackup } from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import { restoreRoom } from '../rooms/restoreRoom.ts'
import type { Storage } from '../storage/Storage.ts'
import { enforceRate } from './enforceRate.ts'
import { RateLimiter } from './RateLimiter.ts'
import { readBodyUpTo } from './readBodyUpTo.ts'
import { roomCreateTokenCheck } from './roomCreateToken.ts'
import { enforceRoomCreations } from './roomCreations.ts'
import { clientAddress, publicOrigin, type AppEnv } from './requestOrigin.ts'
import { newRoomAnswer } from './roomLinks.ts'

/** Restores per address per window: enough for a team moving its rooms, not for flooding the disk with 20 MB boards. */
export const RESTORES_PER_WINDOW = 10
export const RESTORE_WINDOW_MS = 10 * 60_000

/** The restore path, which has its own size limit instead of the API's small one. */
export const RESTORE_PATH = '/api/rooms/restore'

export interface RestoreRoutesOptions {
  storage: Storage
  trustProxy: boolean
  /** For tests; defaults to RESTORES_PER_WINDOW per RESTORE_WINDOW_MS. */
  restores?: RateLimiter
  /** Rooms opened per address, new or restored: the one roomRoutes counts with. Without it, not limited. */
  roomCreations?: RateLimiter
  /** When set, restoring a room needs `Authorization: Bearer <token>`. */
  roomCreateToken?: string | null
}

export function restoreRoutes(options: RestoreRoutesOptions): Hono<AppEnv> {
  const { storage, trustProxy } = options
  const restores = options.restores ?? new RateLimiter({ limit: RESTORES_PER_WINDOW, windowMs: RESTORE_WINDOW_MS })
  const checkRoomToken = roomCreateTokenCheck(options.roomCreateToken ?? null)
  const app = new Hono<AppEnv>()

  app.post('/restore', async (c) => {
    // Every attempt counts, refused ones too: reading a large body is the costly part.
    const address = clientAddress(c, trustProxy)
    enforceRate(restores, address, (seconds) => `Too many rooms restored from here just now. Please wait ${seconds} seconds and try again.`)
    enforceRoomCreations(options.roomCreations, address)
    // Before the body is read: without the token, a large upload costs us nothing.
    checkRoomToken(c.req.header('authorization'))
    const bytes = await readBodyUpTo(c.req.raw, MAX_BACKUP_BYTES)
    if (bytes === 'too-big') throw new HttpError(413, `That backup is too large. Backups of up to ${MAX_BACKUP_BYTES / 1024 / 1024} MB can be restored.`)
    const parsed = parseBackup(parseJson(bytes))
    if (!parsed.ok) throw new HttpError(400, parsed.error)
    const { room, facilitatorKey } = await restoreRoom(storage, parsed.backup)
    return c.json(newRoomAnswer(publicOrigin(c, trustProxy), room, facilitatorKey), 201)
  })

  return app
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch {
    throw new HttpError(400, "This file is not a Roundtable backup. Choose a file saved with the room's JSON backup export.")
  }
}
