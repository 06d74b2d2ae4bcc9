// English wording: room.
export const room = {
} as const
