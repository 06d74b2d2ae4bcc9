// The room API: open a room (within the per-address limit, with the organisation's token
// when one is set), look one up by its link, and resolve a join code to a room.
import { Hono } from 'hono'
import { Limits, isRoomId, normaliseJoinCode } from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import { createRoom } from '../rooms/createRoom.ts'
import type { Storage } from '../storage/Storage.ts'
import { enforceRate } from './enforceRate.ts'
import { parseNewRoom } from './parseNewRoom.ts'
import { RateLimiter } from './RateLimiter.ts'
import { roomCreateTokenCheck } from './roomCreateToken.ts'
import { enforceRoomCreations } from './roomCreations.ts'
import { clientAddress, publicOrigin, type AppEnv } from './requestOrigin.ts'
import { NO_SUCH_ROOM } from './roomAccess.ts'
import { newRoomAnswer } from './roomLinks.ts'

export interface RoomRoutesOptions {
  storage: Storage
  trustProxy: boolean
  /** For tests; defaults to Limits.codeLookupsPerWindow per Limits.codeLookupWindowMs. */
  codeLookups?: RateLimiter
  /** Rooms opened per address, new or restored: share one with restoreRoutes. Without it, not limited. */
  roomCreations?: RateLimiter
  /** When set, opening a room needs `Authorization: Bearer <token>`. */
  roomCreateToken?: string | null
}

const NO_SUCH_CODE = 'No room has this code. Check the code and try again.'

export function roomRoutes(options: RoomRoutesOptions): Hono<AppEnv> {
  const { storage, trustProxy } = options
  const codeLookups =
    options.codeLookups ?? new RateLimiter({ limit: Limits.codeLookupsPerWindow, windowMs: Limits.codeLookupWindowMs })
  const checkRoomToken = roomCreateTokenCheck(options.roomCreateToken ?? null)
  const app = new Hono<AppEnv>()

  // Lets the home page ask for the room token before a person fills in the form.
  app.get('/new', (c) => c.json({ needsToken: (options.roomCreateToken ?? null) !== null }))

  app.post('/', async (c) => {
    enforceRoomCreations(options.roomCreations, clientAddress(c, trustProxy))
    checkRoomToken(c.req.header('authorization'))
    const details = parseNewRoom(await c.req.text())
    const { room, facilitatorKey } = await createRoom(storage, details)
    return c.json(newRoomAnswer(publicOrigin(c, trustProxy), room, facilitatorKey), 201)
  })

  app.get('/by-code/:code', async (c) => {
    const code = normaliseJoinCode(c.req.param('code'))
    if (code === null) throw new HttpError(400, 'A join code is six letters and numbers, such as ABC 234.')
    // Every well-formed look-up counts, found or not, so codes cannot be guessed quickly.
    enforceRate(codeLookups, clientAddress(c, trustProxy), (seconds) => `Too many join codes tried. Please wait ${seconds} seconds and try again.`)
    const room = await storage.getRoomByCode(code)
    if (!room) throw new HttpError(404, NO_SUCH_CODE)
    return c.json({ id: room.id })
  })

  app.get('/:id', async (c) => {
    const id = c.req.param('id')
    const room = isRoomId(id) ? await storage.getRoom(id) : null
    if (!room) throw new HttpError(404, NO_SUCH_ROOM)
    return c.json({
      id: room.id,
      code: room.code,
      title: room.title,
      question: room.question,
      createdAt: new Date(room.createdAt).toISOString(),
    })
  })

  return app
}
