// Follows one idea's words and picture in the board, re-rendering only when that idea changes.
import type { Board } from '@roundtable/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { IdeaWatch } from './IdeaWatch.ts'

export interface IdeaContent {
  text: string
  picture: string
}

export function useIdea(board: Board, ideaId: string): IdeaContent | null {
  const last = useRef<IdeaContent | null>(null)
  const subscribe = useCallback((changed: () => void) => IdeaWatch.of(board).onIdea(ideaId, changed), [board, ideaId])
  const read = useCallback((): IdeaContent | null => {
    const idea = board.idea(ideaId)
    const next = idea ? { text: idea.text, picture: idea.picture } : null
    const previous = last.current
    // The same object while nothing changed, as useSyncExternalStore requires.
    if (previous === next || (previous && next && previous.text === next.text && previous.picture === next.picture)) return previous
    last.current = next
    return next
  }, [board, ideaId])
  return useSyncExternalStore(subscribe, read)
}
