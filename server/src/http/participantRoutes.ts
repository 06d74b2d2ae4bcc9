// What every participant does over HTTP: join (get a token), vote and take votes back,
// ask for more time, and withdraw their own idea. All but joining need the token.
import type { Context } from 'hono'
import { Hono } from 'hono'
import { requireParticipant } from '../auth/authorize.ts'
import { ballotOf, castVote, takeBackVote } from '../facilitation/dotVotes.ts'
import { askForMoreTime } from '../facilitation/moreTime.ts'
import { withdrawIdea } from '../facilitation/withdrawIdea.ts'
import { HttpError } from '../HttpError.ts'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import { newParticipant } from '../rooms/participantTokens.ts'
import type { Storage } from '../storage/Storage.ts'
import { enforceRate } from './enforceRate.ts'
import { RateLimiter } from './RateLimiter.ts'
import { readJson } from './readJson.ts'
import { clientAddress, type AppEnv } from './requestOrigin.ts'
import { inLiveRoom, requireRoom } from './roomAccess.ts'

/**
 * Joins allowed per address per window. A room of phones on venue Wi-Fi shares one
 * address, so a whole workshop can join at once; minting voters by the thousand cannot.
 */
export const PARTICIPANT_JOINS_PER_WINDOW = 100
export const PARTICIPANT_JOIN_WINDOW_MS = 10 * 60_000

export interface ParticipantRoutesOptions {
  storage: Storage
  registry: RoomRegistry
  trustProxy: boolean
  /** For tests; defaults to PARTICIPANT_JOINS_PER_WINDOW per PARTICIPANT_JOIN_WINDOW_MS. */
  participantJoins?: RateLimiter
}

export function participantRoutes(options: ParticipantRoutesOptions): Hono<AppEnv> {
  const { storage, registry, trustProxy } = options
  const joins =
    options.participantJoins ?? new RateLimiter({ limit: PARTICIPANT_JOINS_PER_WINDOW, windowMs: PARTICIPANT_JOIN_WINDOW_MS })
  const app = new Hono<AppEnv>()

  /** Runs `task` for the participant the request's token names, in their loaded room. */
  const asParticipant = async <T>(c: Context<AppEnv>, task: (live: LiveRoom, participantId: string) => Promise<T>) => {
    const roomId = c.req.param('id') ?? ''
    await requireRoom(storage, roomId)
    const participantId = await requireParticipant(storage, roomId, c.req.header('authorization'))
    return inLiveRoom(registry, roomId, (live) => task(live, participantId))
  }

  app.post('/:id/participants', async (c) => {
    enforceRate(joins, clientAddress(c, trustProxy), (seconds) => `Too many people joined from here just now. Please wait ${seconds} seconds and try again.`)
    const roomId = c.req.param('id')
    await requireRoom(storage, roomId)
    const { participantId, token, tokenHash } = newParticipant()
    await storage.addParticipant({ id: participantId, roomId, tokenHash, createdAt: Date.now() })
    return c.json({ participantId, token }, 201)
  })

  app.get('/:id/votes/mine', async (c) => c.json(await asParticipant(c, (live, id) => ballotOf(live, storage, id))))

  app.post('/:id/votes', async (c) => {
    const ideaId = ideaIdOf(await readJson(c, '{"ideaId": "…"}'))
    return c.json(await asParticipant(c, (live, id) => castVote(live, storage, id, ideaId)))
  })

  app.delete('/:id/votes/:ideaId', async (c) => {
    const ideaId = ideaIdOf({ ideaId: c.req.param('ideaId') })
    return c.json(await asParticipant(c, (live, id) => takeBackVote(live, storage, id, ideaId)))
  })

  app.post('/:id/more-time', async (c) => c.json({ count: await asParticipant(c, (live, id) => askForMoreTime(live, id)) }))

  app.post('/:id/ideas/:ideaId/withdraw', async (c) => {
    const ideaId = ideaIdOf({ ideaId: c.req.param('ideaId') })
    await asParticipant(c, (live, id) => withdrawIdea(live, storage, id, ideaId))
    return c.json({ withdrawn: ideaId })
  })

  return app
}

function ideaIdOf(body: unknown): string {
  const ideaId = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).ideaId : undefined
  if (typeof ideaId !== 'string' || ideaId.length === 0 || ideaId.length > 64) {
    throw new HttpError(400, '"ideaId" must name an idea on the board.')
  }
  return ideaId
}
