// The board's changes without a canvas (see boardChanges.ts), for this person, once the board is here.
import { type Board, type Participant, Themes } from '@roundtable/shared'
import { useMemo, useRef } from 'react'
import { type BoardChanges, boardChanges } from './boardChanges.ts'

export function useBoardChanges(board: Board | null, participant: Participant): BoardChanges | null {
  // The latest appearance, without making new changes (and new callbacks) when it changes.
  const me = useRef(participant)
  me.current = participant
  return useMemo(() => (board ? boardChanges(board, new Themes(board), () => me.current) : null), [board])
}
