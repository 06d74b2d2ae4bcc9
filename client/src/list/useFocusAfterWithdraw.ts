// Keeps the keyboard in the list when "Withdraw my idea" takes an idea away: remembers where
// Withdraw was pressed, and once the dialog has closed, focuses near there if the idea is gone.
import { useCallback, useEffect, useRef } from 'react'
import { type ListPlace, focusNear, listPlaceOf } from './focusNear.ts'

/** Call the returned function as the withdraw dialog opens; `withdrawing` is the idea it is open for. */
export function useFocusAfterWithdraw(withdrawing: string | null): () => void {
  const place = useRef<ListPlace | null>(null)

  // The dialog's own effect has closed it and given the focus back before this runs.
  useEffect(() => {
    const where = place.current
    if (withdrawing !== null || !where) return
    place.current = null
    focusNear(where)
  }, [withdrawing])

  return useCallback(() => {
    place.current = listPlaceOf(document.activeElement)
  }, [])
}
