// Whether the home page asks for the organisation's room token, and the token typed for this
// tab. The server is asked once the form shows; a refusal for a missing token asks too.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { OpeningProblem } from '../api/roomOpening.ts'
import type { RoomsApi } from '../api/roomsApi.ts'
import { roomToken } from '../api/roomTokenMemory.ts'
import type { MessageKey } from '../i18n/catalogs.ts'

export interface RoomToken {
  /** True when this server wants a token: the field shows and the token is sent. */
  asked: boolean
  token: string
  change(token: string): void
  ask(): void
  /** What to send: nothing when no token was asked for. */
  toSend: string
  /** True when the field shows but is empty: asking the server would only count against this address. */
  missing: boolean
}

export function useRoomToken(api: RoomsApi): RoomToken {
  const token = useSyncExternalStore(roomToken.subscribe, roomToken.read)
  const [asked, setAsked] = useState(false)
  useEffect(() => {
    let current = true
    void api.roomTokenNeeded().then((needed) => {
      if (current && needed) setAsked(true)
    })
    return () => {
      current = false
    }
  }, [api])
  const ask = useCallback(() => setAsked(true), [])
  return { asked, token, change: roomToken.change, ask, toSend: asked ? token : '', missing: asked && token.trim() === '' }
}

/** The words beside the token field for a problem that is about the token; null for any other. */
export function tokenProblemKey(problem: OpeningProblem | null): MessageKey | null {
  if (problem?.kind === 'token-required') return 'home.token.required'
  if (problem?.kind === 'token-wrong') return 'home.token.wrong'
  return null
}
