// English wording: facilitate.
export const facilitate = {
} as const
