// Arabic wording: facilitate.
import type { Translation } from '../types.ts'
import type { facilitate as english } from '../en/facilitate.ts'

export const facilitate: Translation<typeof english> = {
}
