// A room's outcome from the server: the files a facilitator downloads (CSV, Markdown, the
// JSON backup), the easy-read summary everyone in the room may read, and restoring a backup
// into a new room. Untrusted answers are checked here, once.
import type { EasyRead, EasyReadLine } from '@roundtable/shared'
import { type ApiResult, type Fetch, UNREACHABLE, apiRequest, bearer, browserFetch, roomPath } from './apiRequest.ts'
import { type CreatedRoom, parseCreatedRoom } from './roomsApi.ts'

export type OutcomeFile = 'csv' | 'md' | 'json'

export interface DownloadedFile {
  blob: Blob
  fileName: string
}

const SUFFIX: Record<OutcomeFile, string> = { csv: '.csv', md: '.md', json: '-backup.json' }

export function outcomesApi(fetcher: Fetch = browserFetch) {
  return {
    /** One export, with the name the server gives it (after the room's title). Needs the facilitator key. */
    async download(roomId: string, key: string, file: OutcomeFile): Promise<ApiResult<DownloadedFile>> {
      let response: Response
      try {
        response = await fetcher(roomPath(roomId, `/export.${file}`), { headers: bearer(key) })
      } catch {
        return { ok: false, status: null, error: UNREACHABLE, reason: null }
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: unknown } | null
        const error = typeof body?.error === 'string' && body.error ? body.error : `The server said no (${response.status}).`
        return { ok: false, status: response.status, error, reason: null }
      }
      const blob = await response.blob()
      return { ok: true, value: { blob, fileName: fileNameOf(response.headers.get('content-disposition')) ?? `roundtable${SUFFIX[file]}` } }
    },

    /** The easy-read summary, with the facilitator key or this person's participant token. */
    easyRead(roomId: string, secret: string): Promise<ApiResult<EasyRead>> {
      return apiRequest(fetcher, roomPath(roomId, '/easy-read'), { headers: bearer(secret) }, parseEasyRead)
    },

    /** Starts a new room from a backup file; answers like starting a room. */
    restore(file: Blob): Promise<ApiResult<CreatedRoom>> {
      const init: RequestInit = { method: 'POST', body: file, headers: { 'content-type': 'application/json' } }
      return apiRequest(fetcher, '/api/rooms/restore', init, parseCreatedRoom)
    },
  }
}

export type OutcomesApi = ReturnType<typeof outcomesApi>

/** The file name in a Content-Disposition header: the UTF-8 one when given, else the plain one. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)
  if (utf8?.[1]) {
    try {
      return safeName(decodeURIComponent(utf8[1]))
    } catch {
      // A broken encoding: fall back to the plain name.
    }
  }
  const plain = /filename="([^"]+)"/i.exec(header) ?? /filename=([^;]+)/i.exec(header)
  return plain?.[1] ? safeName(plain[1].trim()) : null
}

function safeName(name: string): string | null {
  const clean = name.replace(/[/\\]/g, '-').trim()
  return clean === '' ? null : clean
}

export function parseEasyRead(body: Record<string, unknown>): EasyRead | null {
  const { title, sections } = body
  if (typeof title !== 'string' || !Array.isArray(sections)) return null
  return {
    title,
    sections: sections.flatMap((section: unknown) => {
      if (typeof section !== 'object' || section === null) return []
      const { heading, lines } = section as Record<string, unknown>
      if (typeof heading !== 'string' || !Array.isArray(lines)) return []
      return [{ heading, lines: lines.flatMap(parseLine) }]
    }),
  }
}

function parseLine(line: unknown): EasyReadLine[] {
  if (typeof line !== 'object' || line === null) return []
  const { picture, pictureLabel, text } = line as Record<string, unknown>
  if (typeof text !== 'string') return []
  return [{ text, picture: typeof picture === 'string' && picture ? picture : null, pictureLabel: typeof pictureLabel === 'string' && pictureLabel ? pictureLabel : null }]
}
