// Polish wording: themes.
import type { Translation } from '../types.ts'
import type { themes as english } from '../en/themes.ts'

export const themes: Translation<typeof english> = {
}
