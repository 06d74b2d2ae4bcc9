// Checks the facilitator key this browser holds for the room. A key that works shows the
// Facilitate panel (in this browser only); one that no longer works is forgotten quietly.
import { useEffect, useState } from 'react'
import type { FacilitatorApi } from '../api/facilitatorApi.ts'
import type { RoomMemory } from './roomMemory.ts'

export type FacilitatorAccess =
  | { status: 'none' }
  | { status: 'checking' }
  | { status: 'valid'; key: string }
  /** The key was refused: the person is told once, in one line. */
  | { status: 'refused' }

const RETRY_MS = 5000

export function useFacilitatorAccess(api: FacilitatorApi, roomId: string, memory: RoomMemory, key: string | null): FacilitatorAccess {
  const [access, setAccess] = useState<FacilitatorAccess>(key ? { status: 'checking' } : { status: 'none' })

  useEffect(() => {
    if (!key) return setAccess({ status: 'none' })
    let current = true
    let timer: number | undefined
    const check = () => {
      void api.links(roomId, key).then((result) => {
        if (!current) return
        if (result.ok) return setAccess({ status: 'valid', key })
        if (result.status === 401 || result.status === 403) {
          memory.forgetFacilitatorKey()
          return setAccess({ status: 'refused' })
        }
        // The server could not say yet (unreachable, restarting): ask again shortly.
        timer = window.setTimeout(check, RETRY_MS)
      })
    }
    setAccess({ status: 'checking' })
    check()
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [api, roomId, memory, key])

  return access
}
