import { CloseCode } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { type ConnectionEvent, STATUS_TEXT, initialConnection, nextConnection } from './connectionStatus.ts'

const run = (...events: ConnectionEvent[]) => events.reduce(nextConnection, initialConnection)
const text = (...events: ConnectionEvent[]) => STATUS_TEXT[run(...events).state]

describe('connection status', () => {
  it('says "Connecting…" until the board has loaded, then "Connected"', () => {
    expect(text()).toBe('Connecting…')
    expect(run({ type: 'synced' })).toEqual({ state: 'connected', hasSynced: true })
  })

  it('reassures people that their changes are kept while offline', () => {
    expect(text({ type: 'synced' }, { type: 'closed', code: 1006 })).toBe(
      'Offline — your changes are kept and will sync when you reconnect',
    )
    expect(text({ type: 'synced' }, { type: 'browser-offline' })).toMatch(/^Offline/)
    expect(run({ type: 'synced' }, { type: 'closed', code: 1006 }).hasSynced).toBe(true)
  })

  it('explains a server restart until the board is back in sync', () => {
    const restarting = [{ type: 'synced' }, { type: 'closed', code: CloseCode.ServiceRestart }, { type: 'closed', code: 1006 }] as const
    expect(text(...restarting)).toBe('Server restarting — reconnecting…')
    expect(text(...restarting, { type: 'synced' })).toBe('Connected')
  })

  it('stays on "This room does not exist" once the server says so', () => {
    expect(text({ type: 'closed', code: CloseCode.RoomNotFound }, { type: 'synced' })).toBe('This room does not exist')
  })
})
