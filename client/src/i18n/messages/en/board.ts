// English wording: board.
export const board = {
} as const
