// The welcome's picture or audio: facilitators upload it as the raw request body, and
// everyone fetches it by id.
import { Hono } from 'hono'
import { requireFacilitator } from '../auth/authorize.ts'
import { WELCOME_MEDIA_TYPES, mediaType, setWelcomeMedia } from '../facilitation/welcomeMedia.ts'
import { HttpError } from '../HttpError.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import { newMediaId } from '../rooms/roomSecrets.ts'
import type { Storage } from '../storage/Storage.ts'
import { readBodyUpTo } from './readBodyUpTo.ts'
import type { AppEnv } from './requestOrigin.ts'
import { inLiveRoom, requireRoom } from './roomAccess.ts'

export interface MediaRoutesOptions {
  storage: Storage
  registry: RoomRegistry
}

/** The upload path, which has its own size limits instead of the API's small one. */
export const WELCOME_MEDIA_PATH = /^\/api\/rooms\/[^/]+\/welcome-media$/

const ACCEPTED = 'a PNG, JPEG, WebP or GIF picture up to 2 MB, or an MP3, Ogg, WebM, MP4 or WAV sound up to 8 MB'

export function mediaRoutes({ storage, registry }: MediaRoutesOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/:id/welcome-media', async (c) => {
    const roomId = c.req.param('id')
    await requireRoom(storage, roomId)
    await requireFacilitator(storage, roomId, c.req.header('authorization'))
    const contentType = mediaType(c.req.header('content-type'))
    const accepted = WELCOME_MEDIA_TYPES[contentType]
    if (!accepted) throw new HttpError(415, `The welcome can show ${ACCEPTED}.`)
    const bytes = await readBodyUpTo(c.req.raw, accepted.maxBytes)
    if (bytes === 'too-big') throw new HttpError(413, `That file is too large. The welcome can show ${ACCEPTED}.`)
    if (bytes.byteLength === 0) throw new HttpError(400, 'The file is empty.')
    const id = newMediaId()
    await storage.addMedia({ id, roomId, contentType, bytes, createdAt: Date.now() })
    await inLiveRoom(registry, roomId, (live) => setWelcomeMedia(live, storage, accepted.kind, id))
    return c.json({ id }, 201)
  })

  app.get('/:id/media/:mediaId', async (c) => {
    const media = await storage.getMedia(c.req.param('id'), c.req.param('mediaId'))
    if (!media) throw new HttpError(404, 'There is no such picture or sound in this room.')
    return c.body(media.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': media.contentType,
      'Content-Length': String(media.bytes.byteLength),
      // An id names one upload for good, so browsers may keep it.
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    })
  })

  return app
}
