// English wording: outcomes.
export const outcomes = {
} as const
