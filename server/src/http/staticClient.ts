// Serves the built client: files from the client directory, and index.html for every
// other page path (/, /r/:id, …) so the client's router can take over. A hashed asset with a
// Brotli or gzip copy made at build time (scripts/precompress.ts) is sent as that copy to
// browsers that take it, so the server never compresses the board's code for each visitor.
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
      if (stats && path.startsWith(HASHED_ASSETS)) {
        const copy = await compressedCopy(file, c.req.header('accept-encoding'))
        return sendFile(c, file, stats, FOREVER, copy)
      }
      if (stats) return sendFile(c, file, stats, REVALIDATE)
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

/** The encodings copies are made in, most preferred first, with the file name ending of each. */
const COPY_SUFFIX = { br: '.br', gzip: '.gz' } as const

type Encoding = keyof typeof COPY_SUFFIX
const ENCODINGS = Object.keys(COPY_SUFFIX) as Encoding[]

interface CompressedCopy {
  encoding: Encoding
  file: string
  stats: Stats
}

/**
 * The encodings an Accept-Encoding header takes, of those copies are made in, most preferred
 * first. A q of 0 refuses one; `*` stands for any not named.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return []
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const q = params.find((param) => param.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const any = weights.get('*') ?? 0
  return ENCODINGS.filter((name) => (weights.get(name) ?? any) > 0)
}

async function compressedCopy(file: string, acceptEncoding: string | undefined): Promise<CompressedCopy | null> {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const copy = `${file}${COPY_SUFFIX[encoding]}`
    const stats = await fileStats(copy)
    if (stats) return { encoding, file: copy, stats }
  }
  return null
}

function sendFile(c: Context<AppEnv>, file: string, stats: Stats, cacheControl: string, copy: CompressedCopy | null = null): Response {
  const sent = copy ?? { file, stats }
  // Each encoding is its own representation, with its own tag.
  const etag = `"${sent.stats.size.toString(16)}-${Math.floor(sent.stats.mtimeMs).toString(16)}${copy ? `-${copy.encoding}` : ''}"`
  const headers: Record<string, string> = {
    'Content-Type': getMimeType(file) ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    ETag: etag,
  }
  if (copy) {
    headers['Content-Encoding'] = copy.encoding
    headers.Vary = 'Accept-Encoding'
  }
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers)
  if (c.req.method === 'HEAD') return c.body(null, 200, { ...headers, 'Content-Length': String(sent.stats.size) })
  const body = Readable.toWeb(createReadStream(sent.file)) as ReadableStream<Uint8Array>
  return c.body(body, 200, { ...headers, 'Content-Length': String(sent.stats.size) })
}

/** Compression marks the ETag weak (W/"…"); the file is the same, so weak matches count. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  return (header ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
