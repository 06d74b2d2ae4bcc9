// The name an idea's author chose, following changes, for when names are shown on ideas.
import type { Board } from '@roundtable/shared'
import { useCallback, useSyncExternalStore } from 'react'
import { IdeaWatch } from './IdeaWatch.ts'

export function useAuthorName(board: Board, authorId: string | null): string | null {
  const subscribe = useCallback(
    (changed: () => void) => (authorId ? IdeaWatch.of(board).onParticipant(authorId, changed) : () => {}),
    [board, authorId],
  )
  const read = useCallback(() => (authorId ? (board.participant(authorId)?.name ?? null) : null), [board, authorId])
  return useSyncExternalStore(subscribe, read)
}
