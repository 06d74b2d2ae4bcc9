// English wording: list.
export const list = {
} as const
