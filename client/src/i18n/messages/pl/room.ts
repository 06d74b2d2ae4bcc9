// Polish wording: room.
import type { Translation } from '../types.ts'
import type { room as english } from '../en/room.ts'

export const room: Translation<typeof english> = {
}
