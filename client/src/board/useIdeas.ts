// Every idea on the board, following changes, for lists outside the canvas (results,
// hidden ideas).
import type { Board, Idea } from '@roundtable/shared'
import { useSyncExternalStore } from 'react'
import { IdeaList } from './IdeaList.ts'

const NO_IDEAS: Idea[] = []
const noSubscription = () => () => {}
const noIdeas = () => NO_IDEAS

export function useIdeas(board: Board | null): Idea[] {
  const list = board ? IdeaList.of(board) : null
  return useSyncExternalStore(list?.subscribe ?? noSubscription, list?.snapshot ?? noIdeas)
}
