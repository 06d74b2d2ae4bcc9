// English wording: session.
export const session = {
} as const
