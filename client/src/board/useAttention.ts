// "Bring everyone here": when a facilitator brings everyone to a view after this page
// loaded, this view moves there once (never on first load, never again for the same round).
import type { SharedView } from '@roundtable/shared'
import { useEffect, useRef, useState } from 'react'
import { tNow } from '../i18n/useT.ts'

export function useAttention(
  synced: boolean,
  round: number,
  view: SharedView | null,
  showView: ((view: SharedView) => void) | null,
): string {
  const seen = useRef<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    if (!synced) return
    if (seen.current === null || round < seen.current) {
      seen.current = round
      return
    }
    if (round === seen.current) return
    seen.current = round
    if (view && showView) {
      showView(view)
      setAnnouncement(tNow('board.attention.moved'))
    }
  }, [synced, round, view, showView])
  return announcement
}
