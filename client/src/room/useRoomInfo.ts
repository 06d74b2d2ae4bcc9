// Asks the server about a room before anything else, so a wrong link gets a clear answer.
import { useCallback, useEffect, useState } from 'react'
import type { RoomInfo, RoomsApi } from '../api/roomsApi.ts'
import { takeRoomInfo } from './headStart.ts'

export type RoomLookup =
  | { status: 'loading' }
  | { status: 'ready'; room: RoomInfo }
  | { status: 'missing' }
  | { status: 'unreachable' }

export function useRoomInfo(api: RoomsApi, roomId: string): { lookup: RoomLookup; retry: () => void } {
  const [lookup, setLookup] = useState<RoomLookup>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    setLookup({ status: 'loading' })
    // The first look may already have been asked for as the page started.
    void (takeRoomInfo(roomId) ?? api.getRoom(roomId)).then((result) => {
      if (!current) return
      if (result.ok) setLookup({ status: 'ready', room: result.value })
      else setLookup({ status: result.problem === 'not-found' || result.problem === 'invalid' ? 'missing' : 'unreachable' })
    })
    return () => {
      current = false
    }
  }, [api, roomId, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { lookup, retry }
}
