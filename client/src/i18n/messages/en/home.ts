// English wording: home.
export const home = {
} as const
