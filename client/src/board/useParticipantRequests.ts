// What a participant asks the server for from the board, as callbacks that resolve with a
// sentence to show when the request failed (null when it worked): withdrawing their idea, and
// asking the facilitator for more time.
import { useCallback } from 'react'
import type { ParticipantApi } from '../api/participantApi.ts'
import { useT } from '../i18n/useT.ts'

export function useParticipantRequests(api: ParticipantApi, roomId: string, token: string, withdrawing: string | null) {
  const t = useT()

  const withdraw = useCallback(async () => {
    if (!withdrawing) return null
    const result = await api.withdraw(roomId, token, withdrawing)
    if (result.ok || result.status === 404) return null
    if (result.status === null) return t('common.unreachable')
    return result.status === 403 ? t('boardPage.withdrawNotYours') : t('common.failed')
  }, [api, roomId, token, withdrawing, t])

  const askForMoreTime = useCallback(async () => {
    const result = await api.askForMoreTime(roomId, token)
    return result.ok ? null : result.status === null ? t('common.unreachable') : t('boardPage.moreTimeFailed')
  }, [api, roomId, token, t])

  return { withdraw, askForMoreTime }
}
