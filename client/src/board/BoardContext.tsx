// Gives components inside the canvas (idea cards) the room's board, without threading it
// through tldraw, which renders them.
import type { Board } from '@roundtable/shared'
import { createContext, useContext } from 'react'

export const BoardContext = createContext<Board | null>(null)

export function useBoard(): Board {
  const board = useContext(BoardContext)
  if (!board) throw new Error('useBoard needs a BoardContext provider around the canvas')
  return board
}
