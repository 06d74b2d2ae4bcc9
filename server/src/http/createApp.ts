// The HTTP side of the server: health, the room API and the built client, with one error
// format for the API: `{ "error": "a sentence a person can act on" }`.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { HttpError } from '../HttpError.ts'
import { createLogger, errorMessage } from '../logger.ts'
import type { Storage } from '../storage/Storage.ts'
import type { RateLimiter } from './RateLimiter.ts'
import type { AppEnv } from './requestOrigin.ts'
import { roomRoutes } from './roomRoutes.ts'
import { staticClient } from './staticClient.ts'

const log = createLogger('http')

/** Room details are small; anything bigger is a mistake or an attack. */
const MAX_API_BODY_BYTES = 16 * 1024

export interface AppOptions {
  storage: Storage
  clientDir: string
  trustProxy: boolean
  /** Counts for /healthz. */
  stats: () => { rooms: number; connections: number }
  codeLookups?: RateLimiter
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    const api = c.req.path.startsWith('/api/')
    const fields = { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }
    if (api) log.info('request', fields)
    else log.debug('request', fields)
  })

  app.get('/healthz', (c) => c.json({ ok: true, ...options.stats() }))

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) => c.json({ error: 'The request body is too large.' }, 413),
    }),
  )
  app.route('/api/rooms', roomRoutes({ storage: options.storage, trustProxy: options.trustProxy, codeLookups: options.codeLookups }))
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
    if (error instanceof HttpError) return c.json({ error: error.message }, error.status, { ...error.headers })
    log.error('request failed', { method: c.req.method, path: c.req.path, error: errorMessage(error) })
    return c.json({ error: 'Something went wrong on the server. Please try again.' }, 500)
  })

  return app
}
