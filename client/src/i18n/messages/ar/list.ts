// Arabic wording: list.
import type { Translation } from '../types.ts'
import type { list as english } from '../en/list.ts'

export const list: Translation<typeof english> = {
}
