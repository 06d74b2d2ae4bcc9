// Polish wording: board.
import type { Translation } from '../types.ts'
import type { board as english } from '../en/board.ts'

export const board: Translation<typeof english> = {
}
