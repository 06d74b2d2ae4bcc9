// Makes sure this browser is registered in the room: the server's participant id becomes
// the person's id on the board, and its token lets them vote, ask for time and withdraw.
import { useCallback, useEffect, useState } from 'react'
import type { ParticipantApi, Registration } from '../api/participantApi.ts'
import type { RoomMemory } from './roomMemory.ts'

/** One request per room at a time, so a remount (React's development double-mount) never registers twice. */
const inFlight = new Map<string, ReturnType<ParticipantApi['register']>>()

export type RegistrationState = { status: 'ready'; registration: Registration } | { status: 'registering' } | { status: 'failed' }

/** Registers once `enabled` (after the room is known to exist), unless this browser already has. */
export function useRegistration(
  api: ParticipantApi,
  roomId: string,
  memory: RoomMemory,
  enabled: boolean,
): { state: RegistrationState; retry: () => void } {
  const [state, setState] = useState<RegistrationState>(() => {
    const known = memory.registration()
    return known ? { status: 'ready', registration: known } : { status: 'registering' }
  })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!enabled || memory.registration()) return
    let current = true
    setState({ status: 'registering' })
    let request = inFlight.get(roomId)
    if (!request) {
      request = api.register(roomId).finally(() => inFlight.delete(roomId))
      inFlight.set(roomId, request)
    }
    void request.then((result) => {
      if (!current) return
      // A second tab may have registered meanwhile: the first one kept wins, so ids never split.
      const known = memory.registration()
      if (known) return setState({ status: 'ready', registration: known })
      if (!result.ok) return setState({ status: 'failed' })
      memory.adoptRegistration(result.value)
      setState({ status: 'ready', registration: result.value })
    })
    return () => {
      current = false
    }
  }, [api, roomId, memory, enabled, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, retry }
}
