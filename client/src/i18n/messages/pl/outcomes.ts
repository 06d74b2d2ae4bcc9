// Polish wording: outcomes.
import type { Translation } from '../types.ts'
import type { outcomes as english } from '../en/outcomes.ts'

export const outcomes: Translation<typeof english> = {
}
