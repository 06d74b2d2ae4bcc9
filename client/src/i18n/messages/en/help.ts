// English wording: help.
export const help = {
} as const
