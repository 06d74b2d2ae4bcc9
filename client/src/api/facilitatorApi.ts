// What a facilitator asks of the server with their key: checking it, session commands,
// co-facilitator links and the opening picture or audio.
import type { FacilitatorCommand } from '@roundtable/shared'
import { type ApiResult, type Fetch, apiRequest, bearer, browserFetch, jsonBody, roomPath } from './apiRequest.ts'
import { pathOf } from './roomsApi.ts'

export interface FacilitatorLink {
  id: string
  createdAt: string
  /** The link this browser is using: it cannot revoke itself. */
  current: boolean
}

export interface NewFacilitatorLink {
  id: string
  /** A path on this site ("/r/<id>#key=…"), turned into a full link on the origin in use. */
  facilitatorPath: string
}

/** The picture and audio types the server accepts for the opening voice, with their size limits. */
export const WELCOME_MEDIA: Record<string, { kind: 'picture' | 'audio'; maxBytes: number }> = {
  'image/png': { kind: 'picture', maxBytes: 2 * 1024 * 1024 },
  'image/jpeg': { kind: 'picture', maxBytes: 2 * 1024 * 1024 },
  'image/webp': { kind: 'picture', maxBytes: 2 * 1024 * 1024 },
  'image/gif': { kind: 'picture', maxBytes: 2 * 1024 * 1024 },
  'audio/mpeg': { kind: 'audio', maxBytes: 8 * 1024 * 1024 },
  'audio/ogg': { kind: 'audio', maxBytes: 8 * 1024 * 1024 },
  'audio/webm': { kind: 'audio', maxBytes: 8 * 1024 * 1024 },
  'audio/mp4': { kind: 'audio', maxBytes: 8 * 1024 * 1024 },
  'audio/wav': { kind: 'audio', maxBytes: 8 * 1024 * 1024 },
}

export function facilitatorApi(fetcher: Fetch = browserFetch) {
  const withKey = (key: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...init.headers, ...bearer(key) } })
  return {
    /** The room's facilitator links; a 401 or 403 means this key does not (or no longer) work. */
    links(roomId: string, key: string): Promise<ApiResult<FacilitatorLink[]>> {
      return apiRequest(fetcher, roomPath(roomId, '/facilitator'), withKey(key), (body) => parseLinks(body['links']))
    },

    command(roomId: string, key: string, command: FacilitatorCommand): Promise<ApiResult<true>> {
      return apiRequest(fetcher, roomPath(roomId, '/session'), withKey(key, { method: 'POST', ...jsonBody(command) }), () => true)
    },

    createLink(roomId: string, key: string): Promise<ApiResult<NewFacilitatorLink>> {
      return apiRequest(fetcher, roomPath(roomId, '/facilitator/links'), withKey(key, { method: 'POST', ...jsonBody({}) }), (body) => {
        const { id } = body
        const path = pathOf(body['facilitatorPath'], body['facilitatorUrl'])
        return typeof id === 'string' && path ? { id, facilitatorPath: path } : null
      })
    },

    revokeLink(roomId: string, key: string, linkId: string): Promise<ApiResult<true>> {
      const path = roomPath(roomId, `/facilitator/links/${encodeURIComponent(linkId)}`)
      return apiRequest(fetcher, path, withKey(key, { method: 'DELETE' }), () => true)
    },

    uploadWelcomeMedia(roomId: string, key: string, file: Blob): Promise<ApiResult<{ id: string }>> {
      const init: RequestInit = { method: 'POST', body: file, headers: { 'content-type': file.type } }
      return apiRequest(fetcher, roomPath(roomId, '/welcome-media'), withKey(key, init), (body) =>
        typeof body['id'] === 'string' ? { id: body['id'] } : null,
      )
    },
  }
}

export type FacilitatorApi = ReturnType<typeof facilitatorApi>

export function mediaUrl(roomId: string, mediaId: string): string {
  return roomPath(roomId, `/media/${encodeURIComponent(mediaId)}`)
}

function parseLinks(value: unknown): FacilitatorLink[] | null {
  if (!Array.isArray(value)) return null
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return []
    const { id, createdAt, current } = entry as Record<string, unknown>
    if (typeof id !== 'string') return []
    return [{ id, createdAt: typeof createdAt === 'string' ? createdAt : typeof createdAt === 'number' ? new Date(createdAt).toISOString() : '', current: current === true }]
  })
}
