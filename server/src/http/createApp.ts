// The HTTP side of the server: health, metrics, the room and facilitation API and the built
// client, all with security headers, and one error format for the API:
// `{ "error": "a sentence a person can act on" }`, plus `reason` when a rule refused the request.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { HttpError } from '../HttpError.ts'
import { createLogger, errorMessage } from '../logger.ts'
import { metricsRoute } from '../metrics/metricsRoute.ts'
import { metrics as processMetrics, type ServerMetrics } from '../metrics/serverMetrics.ts'
import { RoomClosedError } from '../room/Room.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import type { Storage } from '../storage/Storage.ts'
import { exportRoutes } from './exportRoutes.ts'
import { roomDeletionRoutes } from './roomDeletionRoutes.ts'
import { facilitatorRoutes } from './facilitatorRoutes.ts'
import { WELCOME_MEDIA_PATH, mediaRoutes } from './mediaRoutes.ts'
import { participantRoutes } from './participantRoutes.ts'
import type { RateLimiter } from './RateLimiter.ts'
import type { AppEnv } from './requestOrigin.ts'
import { RESTORE_PATH, restoreRoutes } from './restoreRoutes.ts'
import { roomRoutes } from './roomRoutes.ts'
import { securityHeaders } from './securityHeaders.ts'
import { staticClient } from './staticClient.ts'

const log = createLogger('http')

/** Room details and commands are small; anything bigger is a mistake or an attack. Uploads and backups have their own limits. */
const MAX_API_BODY_BYTES = 16 * 1024

export interface AppOptions {
  /** Rooms opened per address, new or restored (roomCreationLimiter); without it, not limited. */
  roomCreations?: RateLimiter
  /** When set, opening or restoring a room needs `Authorization: Bearer <token>`. */
  roomCreateToken?: string | null
  storage: Storage
  registry: RoomRegistry
  clientDir: string
  trustProxy: boolean
  /** Counts for /healthz and /metrics. */
  stats: () => { rooms: number; connections: number }
  /** What else /healthz reports: storage and Redis as this instance sees them. */
  health?: () => Record<string, unknown>
  /** The process's metrics unless a test brings its own. */
  metrics?: ServerMetrics
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string | null
  codeLookups?: RateLimiter
  participantJoins?: RateLimiter
  restores?: RateLimiter
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const metrics = options.metrics ?? processMetrics

  app.use(securityHeaders({ trustProxy: options.trustProxy }))
  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    const api = c.req.path.startsWith('/api/')
    const fields = { method: c.req.method, path: loggedPath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) }
    if (api) log.info('request', fields)
    else log.debug('request', fields)
  })

  app.get('/healthz', (c) => c.json({ ok: true, ...options.stats(), ...options.health?.() }))
  app.get('/metrics', metricsRoute({ metrics, live: options.stats, token: options.metricsToken }))

  const apiBodyLimit = bodyLimit({
    maxSize: MAX_API_BODY_BYTES,
    onError: (c) => c.json({ error: 'The request body is too large.' }, 413),
  })
  const ownLimit = (path: string) => WELCOME_MEDIA_PATH.test(path) || path === RESTORE_PATH
  app.use('/api/*', (c, next) => (c.req.method === 'POST' && ownLimit(c.req.path) ? next() : apiBodyLimit(c, next)))
  const { storage, registry, trustProxy } = options
  const { roomCreations, roomCreateToken } = options
  app.route('/api/rooms', roomRoutes({ storage, trustProxy, codeLookups: options.codeLookups, roomCreations, roomCreateToken }))
  app.route('/api/rooms', restoreRoutes({ storage, trustProxy, restores: options.restores, roomCreations, roomCreateToken }))
  app.route('/api/rooms', facilitatorRoutes({ storage, registry, trustProxy }))
  app.route('/api/rooms', participantRoutes({ storage, registry, trustProxy, participantJoins: options.participantJoins }))
  app.route('/api/rooms', mediaRoutes({ storage, registry }))
  app.route('/api/rooms', exportRoutes({ storage, registry }))
  app.route('/api/rooms', roomDeletionRoutes({ storage, rooms: registry }))
  app.all('/api', () => {
    throw new HttpError(404, 'There is no such API address.')
  })
  app.all('/api/*', () => {
    throw new HttpError(404, 'There is no such API address.')
  })
  app.all('/ws/*', (c) => c.json({ error: 'This address takes WebSocket connections only.' }, 426))

  app.use(compress())
  app.on(['GET', 'HEAD'], '*', staticClient(options.clientDir))
  app.notFound((c) => c.text('Not found', 404))

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      const body = error.reason === undefined ? { error: error.message } : { error: error.message, reason: error.reason }
      return c.json(body, error.status, { ...error.headers })
    }
    if (error instanceof RoomClosedError) {
      log.warn('a room could not take a change', { method: c.req.method, path: loggedPath(c.req.path), error: error.message })
      return c.json({ error: 'The room could not save that just now. Please try again in a moment.' }, 503)
    }
    metrics.countError('http')
    log.error('request failed', { method: c.req.method, path: loggedPath(c.req.path), error: errorMessage(error) })
    return c.json({ error: 'Something went wrong on the server. Please try again.' }, 500)
  })

  return app
}

/** A join code lets anyone into its room, so it stays out of the logs; room ids are logged everywhere by design. */
function loggedPath(path: string): string {
  return path.replace(/\/by-code\/[^/]*/, '/by-code/:code')
}
