// Polish wording: boardPage.
import type { Translation } from '../types.ts'
import type { boardPage as english } from '../en/boardPage.ts'

export const boardPage: Translation<typeof english> = {
}
