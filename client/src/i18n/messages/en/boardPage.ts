// English wording: boardPage.
export const boardPage = {
} as const
