// DELETE /api/rooms/:id: a facilitator deletes the room for good. Everyone connected is
// told the room does not exist (4404, so they stop reconnecting), then it leaves storage.
import { Hono } from 'hono'
import { requireFacilitator } from '../auth/authorize.ts'
import { HttpError } from '../HttpError.ts'
import { createLogger } from '../logger.ts'
import type { Storage } from '../storage/Storage.ts'
import type { AppEnv } from './requestOrigin.ts'
import { NO_SUCH_ROOM, requireRoom } from './roomAccess.ts'

const log = createLogger('http')

export interface RoomDeletionRoutesOptions {
  storage: Pick<Storage, 'getRoom' | 'listFacilitatorLinks'>
  /** RoomRegistry: closes the live room's sockets with 4404, then deletes the room from storage. */
  rooms: { deleteRoom(roomId: string): Promise<boolean> }
}

export function roomDeletionRoutes({ storage, rooms }: RoomDeletionRoutesOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.delete('/:id', async (c) => {
    const roomId = c.req.param('id')
    await requireRoom(storage, roomId)
    const link = await requireFacilitator(storage, roomId, c.req.header('authorization'))
    // Another facilitator may have deleted it a moment ago.
    if (!(await rooms.deleteRoom(roomId))) throw new HttpError(404, NO_SUCH_ROOM)
    log.info('room deleted by a facilitator', { room: roomId, link: link.id })
    return c.body(null, 204)
  })

  return app
}
