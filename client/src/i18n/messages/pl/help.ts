// Polish wording: help.
import type { Translation } from '../types.ts'
import type { help as english } from '../en/help.ts'

export const help: Translation<typeof english> = {
}
