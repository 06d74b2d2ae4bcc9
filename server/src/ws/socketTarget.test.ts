import { describe, expect, it } from 'vitest'
import { socketTarget } from './socketTarget.ts'

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA'

describe('socketTarget', () => {
  it('reads the board of a room, with or without a facilitator key', () => {
    expect(socketTarget(`/ws/${ROOM}`)).toEqual({ roomId: ROOM, doc: 'board', facilitatorKey: null })
    expect(socketTarget(`/ws/${ROOM}?key=abc_-123`)).toEqual({ roomId: ROOM, doc: 'board', facilitatorKey: 'abc_-123' })
    expect(socketTarget(`/ws/${ROOM}?key=`)).toEqual({ roomId: ROOM, doc: 'board', facilitatorKey: null })
  })

  it('reads the session document of a room, ignoring any key', () => {
    expect(socketTarget(`/ws/session/${ROOM}?key=abc`)).toEqual({ roomId: ROOM, doc: 'session', facilitatorKey: null })
  })

  it('answers null for paths outside /ws/', () => {
    expect(socketTarget('/api/rooms')).toBeNull()
    expect(socketTarget('/wsx/abc')).toBeNull()
  })
})
