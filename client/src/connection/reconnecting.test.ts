import { CloseCode } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { reconnectsAfter } from './reconnecting.ts'

describe('reconnecting after the server closes the board', () => {
  it('keeps trying while the server is busy, restarting, or after cutting a connection that sent too fast', () => {
    expect(reconnectsAfter(CloseCode.TryAgainLater)).toBe(true)
    expect(reconnectsAfter(CloseCode.ServiceRestart)).toBe(true)
    expect(reconnectsAfter(CloseCode.TooManyMessages)).toBe(true)
    expect(reconnectsAfter(CloseCode.KeepaliveTimeout)).toBe(true)
    expect(reconnectsAfter(1006)).toBe(true)
  })

  it('stops for a room that does not exist, and for a locked board (which loads afresh instead)', () => {
    expect(reconnectsAfter(CloseCode.RoomNotFound)).toBe(false)
    expect(reconnectsAfter(CloseCode.BoardLocked)).toBe(false)
  })
})
