// Serves the built client: files from the client directory, and index.html for every
// other page path (/, /r/:id, …) so the client's router can take over.
import { createReadStream, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { Readable } from 'node:stream'
import type { Context, Handler } from 'hono'
import { getMimeType } from 'hono/utils/mime'
import type { AppEnv } from './requestOrigin.ts'

/** Vite puts content-hashed files here: their names change when they do, so cache for good. */
const HASHED_ASSETS = '/assets/'
const FOREVER = 'public, max-age=31536000, immutable'
/** Everything else may change under the same name: always revalidate (ETag makes it cheap). */
const REVALIDATE = 'no-cache'

export const NOT_BUILT_MESSAGE =
  'The Roundtable client has not been built yet. Run `npm run build` (or `npm start`, which builds it), then reload this page.'

export function staticClient(clientDir: string): Handler<AppEnv> {
  const root = resolve(clientDir)
  return async (c) => {
    const path = c.req.path
    const file = insideRoot(root, path)
    if (file) {
      const stats = await fileStats(file)
      if (stats) return sendFile(c, file, stats, path.startsWith(HASHED_ASSETS) ? FOREVER : REVALIDATE)
    }
    // A missing file is a 404; only page paths fall back to the app.
    if (looksLikeFile(path)) return c.text('Not found', 404)
    const index = join(root, 'index.html')
    const indexStats = await fileStats(index)
    if (!indexStats) return c.text(NOT_BUILT_MESSAGE, 503)
    return sendFile(c, index, indexStats, REVALIDATE)
  }
}

function insideRoot(root: string, path: string): string | null {
  if (path.includes('\0')) return null
  const file = resolve(root, `.${path}`)
  return file.startsWith(root + sep) ? file : null
}

function looksLikeFile(path: string): boolean {
  return path.startsWith(HASHED_ASSETS) || (path.split('/').at(-1) ?? '').includes('.')
}

async function fileStats(file: string): Promise<Stats | null> {
  try {
    const stats = await stat(file)
    return stats.isFile() ? stats : null
  } catch {
    return null
  }
}

function sendFile(c: Context<AppEnv>, file: string, stats: Stats, cacheControl: string): Response {
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`
  const headers = {
    'Content-Type': getMimeType(file) ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    ETag: etag,
  }
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers)
  if (c.req.method === 'HEAD') return c.body(null, 200, { ...headers, 'Content-Length': String(stats.size) })
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>
  return c.body(body, 200, { ...headers, 'Content-Length': String(stats.size) })
}

/** Compression marks the ETag weak (W/"…"); the file is the same, so weak matches count. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  return (header ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
