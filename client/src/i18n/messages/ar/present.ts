// Arabic wording: present.
import type { Translation } from '../types.ts'
import type { present as english } from '../en/present.ts'

export const present: Translation<typeof english> = {
}
