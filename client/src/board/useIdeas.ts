// Every idea on the board, following changes, for lists outside the canvas (results,
// hidden ideas).
import type { Board, Idea } from '@roundtable/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'

export function useIdeas(board: Board | null): Idea[] {
  const last = useRef<{ key: string; ideas: Idea[] }>({ key: '', ideas: [] })
  const subscribe = useCallback((changed: () => void) => (board ? board.onChange(changed) : () => {}), [board])
  const read = useCallback(() => {
    const ideas = board ? board.ideas() : []
    const key = JSON.stringify(ideas)
    // The same array while nothing changed, as useSyncExternalStore requires.
    if (key !== last.current.key) last.current = { key, ideas }
    return last.current.ideas
  }, [board])
  return useSyncExternalStore(subscribe, read)
}
