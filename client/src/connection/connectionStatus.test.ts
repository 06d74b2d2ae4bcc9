import { CloseCode } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { type ConnectionEvent, STATUS_KEYS, initialConnection, nextConnection, statusText } from './connectionStatus.ts'

const run = (...events: ConnectionEvent[]) => events.reduce(nextConnection, initialConnection)
const english = translatorFor('en')
const text = (...events: ConnectionEvent[]) => statusText(run(...events).state, english)

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

  it('says the server is busy and keeps saying so while it refuses, until the board is back', () => {
    const busy = [{ type: 'synced' }, { type: 'closed', code: CloseCode.TryAgainLater }] as const
    expect(text(...busy)).toBe('The server is busy. Trying again…')
    expect(text(...busy, { type: 'closed', code: 1006 }, { type: 'closed', code: CloseCode.TryAgainLater })).toBe('The server is busy. Trying again…')
    expect(text(...busy, { type: 'synced' })).toBe('Connected')
    expect(text({ type: 'closed', code: CloseCode.TryAgainLater })).toBe('The server is busy. Trying again…')
    expect(text(...busy, { type: 'browser-offline' })).toMatch(/^Offline/)
  })

  it('tells easy-read readers that their ideas are safe while the server is busy', () => {
    expect(statusText(run({ type: 'closed', code: CloseCode.TryAgainLater }).state, translatorFor('en', true))).toBe(
      'The server is busy. Roundtable keeps trying. Your ideas are safe.',
    )
  })

  it('reads a connection cut for sending too fast as reconnecting, not offline', () => {
    expect(text({ type: 'synced' }, { type: 'closed', code: CloseCode.TooManyMessages })).toBe('Reconnecting…')
    expect(text({ type: 'synced' }, { type: 'closed', code: CloseCode.TooManyMessages }, { type: 'synced' })).toBe('Connected')
  })

  it('stays on "This room does not exist" once the server says so', () => {
    expect(text({ type: 'closed', code: CloseCode.RoomNotFound }, { type: 'synced' })).toBe('This room does not exist')
  })

  it('says every status in Polish and Arabic too', () => {
    for (const state of Object.keys(STATUS_KEYS) as Array<keyof typeof STATUS_KEYS>) {
      expect(statusText(state, translatorFor('pl'))).not.toBe(statusText(state, english))
      expect(statusText(state, translatorFor('ar'))).not.toBe(statusText(state, english))
    }
  })
})
