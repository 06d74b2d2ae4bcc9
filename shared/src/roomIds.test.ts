import { describe, expect, it } from 'vitest'
import { formatJoinCode, isRoomId, normaliseJoinCode } from './roomIds.ts'

describe('join codes', () => {
  it('accepts what people type, in any case and with spaces or dashes', () => {
    expect(normaliseJoinCode('abc 234')).toBe('ABC234')
    expect(normaliseJoinCode(' ab-c23 4 ')).toBe('ABC234')
  })

  it('refuses codes of the wrong length or with characters never used', () => {
    expect(normaliseJoinCode('ABC23')).toBeNull()
    expect(normaliseJoinCode('ABC2345')).toBeNull()
    expect(normaliseJoinCode('ABO234')).toBeNull()
    expect(normaliseJoinCode('AB1234')).toBeNull()
  })

  it('is shown in two halves', () => {
    expect(formatJoinCode('ABC234')).toBe('ABC 234')
  })
})

describe('room ids', () => {
  it('are 22 URL-safe characters', () => {
    expect(isRoomId('abcdefghijklmnopqrstu_')).toBe(true)
    expect(isRoomId('abcdefghijklmnopqrstu')).toBe(false)
    expect(isRoomId('abcdefghijklmnopqrst/_')).toBe(false)
  })
})
