// What facilitators do over HTTP: check their key, make and revoke co-facilitator links,
// and run the session with commands. Every route needs a working facilitator key.
import { Hono } from 'hono'
import { parseFacilitatorCommand } from '@roundtable/shared'
import { requireFacilitator } from '../auth/authorize.ts'
import { runCommand } from '../facilitation/runCommand.ts'
import { HttpError } from '../HttpError.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import { hashFacilitatorKey, newFacilitatorKey, newFacilitatorLinkId } from '../rooms/roomSecrets.ts'
import type { Storage } from '../storage/Storage.ts'
import { readJson } from './readJson.ts'
import { publicOrigin, type AppEnv } from './requestOrigin.ts'
import { inLiveRoom, requireRoom } from './roomAccess.ts'
import { roomLinks } from './roomLinks.ts'

export interface FacilitatorRoutesOptions {
  storage: Storage
  registry: RoomRegistry
  trustProxy: boolean
}

export function facilitatorRoutes({ storage, registry, trustProxy }: FacilitatorRoutesOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const facilitator = async (roomId: string, authorization: string | undefined) => {
    await requireRoom(storage, roomId)
    return requireFacilitator(storage, roomId, authorization)
  }

  app.get('/:id/facilitator', async (c) => {
    const roomId = c.req.param('id')
    const current = await facilitator(roomId, c.req.header('authorization'))
    const links = (await storage.listFacilitatorLinks(roomId)).filter((link) => link.revokedAt === null)
    return c.json({
      links: links.map((link) => ({ id: link.id, createdAt: new Date(link.createdAt).toISOString(), current: link.id === current.id })),
    })
  })

  app.post('/:id/facilitator/links', async (c) => {
    const roomId = c.req.param('id')
    await facilitator(roomId, c.req.header('authorization'))
    const key = newFacilitatorKey()
    const link = { id: newFacilitatorLinkId(), roomId, keyHash: hashFacilitatorKey(key), createdAt: Date.now() }
    await storage.addFacilitatorLink(link)
    await registry.facilitatorLinksChanged(roomId)
    const { facilitatorPath, facilitatorUrl } = roomLinks(publicOrigin(c, trustProxy), roomId, key)
    return c.json({ id: link.id, key, facilitatorPath, facilitatorUrl }, 201)
  })

  app.delete('/:id/facilitator/links/:linkId', async (c) => {
    const roomId = c.req.param('id')
    const linkId = c.req.param('linkId')
    const current = await facilitator(roomId, c.req.header('authorization'))
    if (linkId === current.id) {
      throw new HttpError(409, 'This is the link you are using. Ask another facilitator to revoke it, so you are not locked out by accident.')
    }
    if (!(await storage.revokeFacilitatorLink(roomId, linkId, Date.now()))) {
      throw new HttpError(404, 'This room has no working facilitator link with that id.')
    }
    // Its board connections lose their facilitator rights at once.
    await registry.facilitatorLinksChanged(roomId)
    return c.body(null, 204)
  })

  app.post('/:id/session', async (c) => {
    const roomId = c.req.param('id')
    await facilitator(roomId, c.req.header('authorization'))
    const parsed = parseFacilitatorCommand(await readJson(c, '{"type": "set-phase", "phase": "vote"}'))
    if (!parsed.ok) throw new HttpError(400, `That is not a session command: ${parsed.error}.`)
    const session = await inLiveRoom(registry, roomId, (live) => runCommand(live, storage, parsed.command))
    return c.json({ session })
  })

  return app
}
