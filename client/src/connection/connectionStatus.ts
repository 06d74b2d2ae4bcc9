// What the connection to the room is doing, in words a participant understands. A pure
// reducer over the provider's events, so the rules are easy to test.
import { CloseCode } from '@roundtable/shared'
import type { MessageKey } from '../i18n/catalogs.ts'
import { type Translate, tNow } from '../i18n/useT.ts'

export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'restarting' | 'busy' | 'reconnecting' | 'room-missing'

export interface ConnectionSnapshot {
  state: ConnectionState
  /** True once the board has loaded from the server at least once. */
  hasSynced: boolean
}

export type ConnectionEvent =
  | { type: 'synced' }
  | { type: 'closed'; code: number | null }
  | { type: 'browser-offline' }

export const initialConnection: ConnectionSnapshot = { state: 'connecting', hasSynced: false }

export const STATUS_KEYS: Record<ConnectionState, MessageKey> = {
  connecting: 'common.connection.connecting',
  connected: 'common.connection.connected',
  offline: 'common.connection.offline',
  restarting: 'common.connection.restarting',
  busy: 'common.connection.busy',
  reconnecting: 'common.connection.reconnecting',
  'room-missing': 'common.connection.roomMissing',
}

/** The status in the person's words: components pass `useT()`'s `t`, so a change of language shows at once. */
export function statusText(state: ConnectionState, t: Translate = tNow): string {
  return t(STATUS_KEYS[state])
}

/** Closes the server explains with a code of their own; the client reconnects after each of them. */
const CLOSE_STATES: ReadonlyMap<number, ConnectionState> = new Map([
  [CloseCode.ServiceRestart, 'restarting'],
  // Too many connections from this address, or too many rooms open: it passes, so keep trying.
  [CloseCode.TryAgainLater, 'busy'],
  // This connection sent too fast and was cut; a new one starts afresh.
  [CloseCode.TooManyMessages, 'reconnecting'],
])

export function nextConnection(current: ConnectionSnapshot, event: ConnectionEvent): ConnectionSnapshot {
  // Nothing after "this room does not exist" can make it exist.
  if (current.state === 'room-missing') return current
  switch (event.type) {
    case 'synced':
      return { state: 'connected', hasSynced: true }
    case 'closed':
      if (event.code === CloseCode.RoomNotFound) return { ...current, state: 'room-missing' }
      const explained = event.code === null ? undefined : CLOSE_STATES.get(event.code)
      if (explained) return { ...current, state: explained }
      // While the server restarts or is busy, failed reconnection attempts are part of that.
      if (current.state === 'restarting' || current.state === 'busy') return current
      return { ...current, state: 'offline' }
    case 'browser-offline':
      return { ...current, state: 'offline' }
  }
}
