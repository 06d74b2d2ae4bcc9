// Deleting a room for good, as a facilitator: the server cuts everyone off and forgets the
// room's board, ideas, votes and media.
import { type ApiResult, type Fetch, apiRequest, bearer, browserFetch, roomPath } from './apiRequest.ts'

/** 204 → ok; 401/403 when the key does not work, 404 when the room is already gone. */
export function deleteRoom(roomId: string, facilitatorKey: string, fetcher: Fetch = browserFetch): Promise<ApiResult<true>> {
  return apiRequest(fetcher, roomPath(roomId, ''), { method: 'DELETE', headers: bearer(facilitatorKey) }, () => true)
}
