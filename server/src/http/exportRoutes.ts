// The room's outcome as files facilitators download (CSV, Markdown, a JSON backup) and as
// easy-read data for the printable page, which participants may read too.
import type { Context } from 'hono'
import { Hono } from 'hono'
import { toCsv, toEasyRead, toMarkdown } from '@roundtable/shared'
import { requireFacilitator, requireFacilitatorOrParticipant } from '../auth/authorize.ts'
import { roomBackup, roomOutcome } from '../outcomes/roomOutcome.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import type { RoomRecord, Storage } from '../storage/Storage.ts'
import { attachment } from './downloadName.ts'
import type { AppEnv } from './requestOrigin.ts'
import { inLiveRoom, requireRoom } from './roomAccess.ts'

export interface ExportRoutesOptions {
  storage: Storage
  registry: RoomRegistry
}

/** What a workshop wrote is nobody else's business: no caching anywhere on the way. */
const PRIVATE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

export function exportRoutes({ storage, registry }: ExportRoutesOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  const asFacilitator = async (c: Context<AppEnv>): Promise<RoomRecord> => {
    const room = await requireRoom(storage, c.req.param('id') ?? '')
    await requireFacilitator(storage, room.id, c.req.header('authorization'))
    return room
  }
  const download = (c: Context<AppEnv>, body: string, type: string, disposition: string) =>
    c.body(body, 200, { ...PRIVATE, 'Content-Type': type, 'Content-Disposition': disposition })

  app.get('/:id/export.csv', async (c) => {
    const room = await asFacilitator(c)
    const outcome = await inLiveRoom(registry, room.id, (live) => roomOutcome(live, storage, room))
    return download(c, toCsv(outcome), 'text/csv; charset=utf-8', attachment(room.title, '.csv'))
  })

  app.get('/:id/export.md', async (c) => {
    const room = await asFacilitator(c)
    const outcome = await inLiveRoom(registry, room.id, (live) => roomOutcome(live, storage, room))
    return download(c, toMarkdown(outcome), 'text/markdown; charset=utf-8', attachment(room.title, '.md'))
  })

  app.get('/:id/export.json', async (c) => {
    const room = await asFacilitator(c)
    const backup = await inLiveRoom(registry, room.id, (live) => roomBackup(live, storage, room))
    return download(c, JSON.stringify(backup), 'application/json; charset=utf-8', attachment(room.title, '-backup.json'))
  })

  app.get('/:id/easy-read', async (c) => {
    const room = await requireRoom(storage, c.req.param('id'))
    await requireFacilitatorOrParticipant(storage, room.id, c.req.header('authorization'))
    const outcome = await inLiveRoom(registry, room.id, (live) => roomOutcome(live, storage, room))
    return c.json(toEasyRead(outcome), 200, PRIVATE)
  })

  return app
}
