// Gives components inside the canvas (idea cards) the room's board, without threading it
// through tldraw, which renders them.
import type { Board } from '@roundtable/shared'
import { createContext, useContext } from 'react'

export const BoardContext = createContext<Board | null>(null)

/**
 * The board, from the provider around the canvas or else `fallback`: tldraw renders shapes
 * for a picture of the board in a React root of its own, outside every provider.
 */
export function useBoard(fallback: Board | null = null): Board {
  const board = useContext(BoardContext) ?? fallback
  if (!board) throw new Error('useBoard needs a BoardContext provider around the canvas')
  return board
}
