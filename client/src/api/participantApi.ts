// What every participant asks of the server with their own token: registering in a room,
// their dots, "I need more time", and withdrawing an idea they wrote.
import { type ApiResult, type Fetch, apiRequest, bearer, browserFetch, jsonBody, roomPath } from './apiRequest.ts'

export interface Registration {
  participantId: string
  token: string
}

/** This person's dots: idea id → how many, and how many they have left. */
export interface BallotAnswer {
  ballot: ReadonlyMap<string, number>
  dotsLeft: number
}

export function participantApi(fetcher: Fetch = browserFetch) {
  const withToken = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...init.headers, ...bearer(token) } })
  return {
    register(roomId: string): Promise<ApiResult<Registration>> {
      return apiRequest(fetcher, roomPath(roomId, '/participants'), { method: 'POST', ...jsonBody({}) }, (body) => {
        const { participantId, token } = body
        return typeof participantId === 'string' && participantId && typeof token === 'string' && token ? { participantId, token } : null
      })
    },

    myVotes(roomId: string, token: string): Promise<ApiResult<BallotAnswer>> {
      return apiRequest(fetcher, roomPath(roomId, '/votes/mine'), withToken(token), parseBallotAnswer)
    },

    vote(roomId: string, token: string, ideaId: string): Promise<ApiResult<BallotAnswer>> {
      return apiRequest(fetcher, roomPath(roomId, '/votes'), withToken(token, { method: 'POST', ...jsonBody({ ideaId }) }), parseBallotAnswer)
    },

    takeBack(roomId: string, token: string, ideaId: string): Promise<ApiResult<BallotAnswer>> {
      const path = roomPath(roomId, `/votes/${encodeURIComponent(ideaId)}`)
      return apiRequest(fetcher, path, withToken(token, { method: 'DELETE' }), parseBallotAnswer)
    },

    askForMoreTime(roomId: string, token: string): Promise<ApiResult<{ count: number }>> {
      return apiRequest(fetcher, roomPath(roomId, '/more-time'), withToken(token, { method: 'POST', ...jsonBody({}) }), (body) =>
        typeof body['count'] === 'number' ? { count: body['count'] } : { count: 0 },
      )
    },

    withdraw(roomId: string, token: string, ideaId: string): Promise<ApiResult<true>> {
      const path = roomPath(roomId, `/ideas/${encodeURIComponent(ideaId)}/withdraw`)
      return apiRequest(fetcher, path, withToken(token, { method: 'POST', ...jsonBody({}) }), () => true)
    },
  }
}

export type ParticipantApi = ReturnType<typeof participantApi>

/** Reads `{ ballot, dotsLeft }`, keeping only whole positive counts. */
export function parseBallotAnswer(body: Record<string, unknown>): BallotAnswer | null {
  const { ballot, dotsLeft } = body
  if (typeof ballot !== 'object' || ballot === null || typeof dotsLeft !== 'number' || !Number.isFinite(dotsLeft)) return null
  const dots = new Map<string, number>()
  for (const [ideaId, count] of Object.entries(ballot as Record<string, unknown>)) {
    if (typeof count === 'number' && Number.isInteger(count) && count > 0) dots.set(ideaId, count)
  }
  return { ballot: dots, dotsLeft: Math.max(0, Math.floor(dotsLeft)) }
}
