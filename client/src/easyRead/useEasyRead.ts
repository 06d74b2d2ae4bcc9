// Loads a room's easy-read summary with whatever this browser holds for the room: the
// facilitator key, or else its participant token (registering first if it has none).
import type { EasyRead } from '@roundtable/shared'
import { useCallback, useEffect, useState } from 'react'
import type { OutcomesApi } from '../api/outcomesApi.ts'
import type { ParticipantApi } from '../api/participantApi.ts'
import { tNow } from '../i18n/useT.ts'
import type { RoomMemory } from '../room/roomMemory.ts'
import { useRegistration } from '../room/useRegistration.ts'

export type EasyReadState = { status: 'loading' } | { status: 'ready'; summary: EasyRead } | { status: 'failed'; error: string }

export function useEasyRead(
  apis: { outcomes: OutcomesApi; participant: ParticipantApi },
  roomId: string,
  memory: RoomMemory,
  roomKnown: boolean,
): { state: EasyReadState; key: string | null; retry: () => void } {
  const [key, setKey] = useState(() => memory.facilitatorKey())
  const registering = useRegistration(apis.participant, roomId, memory, roomKnown && key === null)
  const [state, setState] = useState<EasyReadState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const token = registering.state.status === 'ready' ? registering.state.registration.token : null
  const secret = key ?? token

  useEffect(() => {
    if (registering.state.status === 'failed') setState({ status: 'failed', error: tNow('common.unreachable') })
  }, [registering.state.status])

  useEffect(() => {
    if (!secret) return
    let current = true
    setState({ status: 'loading' })
    void apis.outcomes.easyRead(roomId, secret).then((result) => {
      if (!current) return
      if (result.ok) return setState({ status: 'ready', summary: result.value })
      // A facilitator link that no longer works: read it as a participant instead.
      if (key && (result.status === 401 || result.status === 403)) {
        memory.forgetFacilitatorKey()
        return setKey(null)
      }
      setState({ status: 'failed', error: result.error })
    })
    return () => {
      current = false
    }
  }, [apis.outcomes, roomId, memory, secret, key, attempt])

  const retry = useCallback(() => {
    registering.retry()
    setAttempt((n) => n + 1)
  }, [registering])
  return { state, key, retry }
}
