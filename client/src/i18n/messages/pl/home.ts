// Polish wording: home.
import type { Translation } from '../types.ts'
import type { home as english } from '../en/home.ts'

export const home: Translation<typeof english> = {
}
