// Arabic wording: phone.
import type { Translation } from '../types.ts'
import type { phone as english } from '../en/phone.ts'

export const phone: Translation<typeof english> = {
}
