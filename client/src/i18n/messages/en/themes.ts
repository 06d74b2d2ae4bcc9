// English wording: themes.
export const themes = {
} as const
