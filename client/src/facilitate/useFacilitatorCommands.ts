// Sends facilitator commands to the server and keeps the last problem, in plain words,
// for the Facilitate panel to show.
import type { FacilitatorCommand } from '@roundtable/shared'
import { useCallback, useState } from 'react'
import type { ApiFailure } from '../api/apiRequest.ts'
import type { FacilitatorApi } from '../api/facilitatorApi.ts'
import { tNow } from '../i18n/useT.ts'

export interface FacilitatorCommands {
  send(command: FacilitatorCommand): Promise<boolean>
  error: string | null
  showError(error: string | null): void
}

export function useFacilitatorCommands(api: FacilitatorApi, roomId: string, key: string): FacilitatorCommands {
  const [error, setError] = useState<string | null>(null)
  const send = useCallback(
    async (command: FacilitatorCommand) => {
      const result = await api.command(roomId, key, command)
      setError(result.ok ? null : facilitationProblem(result))
      return result.ok
    },
    [api, roomId, key],
  )
  return { send, error, showError: setError }
}

/** A refused facilitator request, in words (the server's own reason stays as it sent it). */
export function facilitationProblem(failure: ApiFailure): string {
  if (failure.status === null) return tNow('common.unreachable')
  if (failure.status === 401 || failure.status === 403) return tNow('facilitate.linkRefused')
  return tNow('facilitate.failed', { reason: failure.error })
}
