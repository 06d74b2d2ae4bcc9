// Who may change a room's document. A Room asks its refuseChanges function about each
// connection that sends an update carrying changes; a refusal closes that connection
// with the refusal's code, and the update is neither applied, stored nor relayed.
import { CloseCode } from '@roundtable/shared'
import type { RoomConnection } from './RoomConnection.ts'

export interface ChangeRefusal {
  code: number
  reason: string
}

/** Null when the connection may change the document. */
export type RefuseChanges = (connection: RoomConnection) => ChangeRefusal | null

/** For a document only the server writes, such as the session document. */
export const readOnly: RefuseChanges = () => ({ code: CloseCode.ReadOnly, reason: 'this document is read-only' })

/** For the board while it is locked, to everyone but facilitators (see LiveRoom). */
export const BOARD_LOCKED: ChangeRefusal = { code: CloseCode.BoardLocked, reason: 'the board is locked' }

/** For every edit while storage is failing (see Room): the browser keeps its changes and sends them again. */
export const STORAGE_REFUSAL: ChangeRefusal = {
  code: CloseCode.StorageUnavailable,
  reason: 'storage is unavailable; your changes stay in your browser and are sent again when it is back',
}
