import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RoomsApi } from '../api/roomsApi.ts'
import type { RoomConnection } from '../connection/RoomConnection.ts'
import { parseRoute } from '../routing/route.ts'
import { memoryStore } from './browserStorage.ts'
import { type HeadStartEnvironment, UNTAKEN_CONNECTION_MS, startHeadStart, takeConnection, takeRoomInfo } from './headStart.ts'
import { roomMemory } from './roomMemory.ts'

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA'
const OTHER_ROOM = 'BBBBBBBBBBBBBBBBBBBBBB'

interface FakeConnection {
  roomId: string
  key: string | null
  destroyed: boolean
  destroy(): void
}

function setUp(options: { joined?: boolean; facilitatorKey?: string; hash?: string; smallScreen?: boolean; boardView?: 'canvas' | 'list' } = {}) {
  const store = memoryStore()
  const memory = roomMemory(ROOM, store)
  if (options.joined ?? true) {
    memory.adoptRegistration({ participantId: 'p1', token: 't1' })
    memory.saveIdentity({ id: 'p1', name: 'Teal Otter', colour: 'teal', picture: '🦦' })
  }
  if (options.facilitatorKey) memory.saveFacilitatorKey(options.facilitatorKey)
  const answer = Promise.resolve({ ok: true as const, value: { id: ROOM, code: 'ABC123', title: 'Clinic letters', question: '', createdAt: '' } })
  const api = { getRoom: vi.fn(() => answer) } as unknown as RoomsApi & { getRoom: ReturnType<typeof vi.fn> }
  const preloaded: string[] = []
  const opened: FakeConnection[] = []
  let finishOpening: (() => void) | null = null
  const environment: HeadStartEnvironment = {
    api,
    memory: (roomId) => roomMemory(roomId, store),
    smallScreen: () => options.smallScreen ?? false,
    boardView: () => options.boardView ?? 'canvas',
    hash: () => options.hash ?? '',
    preload: (part) => preloaded.push(part),
    openConnection: (roomId, key) =>
      new Promise((resolve) => {
        const connection: FakeConnection = { roomId, key, destroyed: false, destroy: () => (connection.destroyed = true) }
        opened.push(connection)
        finishOpening = () => resolve(connection as unknown as RoomConnection)
      }),
  }
  return { api, answer, environment, preloaded, opened, open: () => finishOpening?.() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  // Anything left from the test before is taken and closed.
  takeConnection('', null)
  takeRoomInfo('')
})

afterEach(() => vi.useRealTimers())

describe('the head start for a board', () => {
  it('asks for the room, the board and the canvas code, and the board data, at once', async () => {
    const { api, answer, environment, preloaded, opened, open } = setUp()
    startHeadStart(parseRoute(`/r/${ROOM}/canvas`), environment)
    expect(api.getRoom).toHaveBeenCalledWith(ROOM)
    expect(preloaded).toEqual(['board', 'canvas'])
    expect(opened.map((connection) => [connection.roomId, connection.key])).toEqual([[ROOM, null]])
    open()
    await settle()
    // The page takes each once; asking again gets nothing, so a retry asks afresh.
    expect(takeRoomInfo(ROOM)).toBe(answer)
    expect(takeRoomInfo(ROOM)).toBeNull()
    expect(takeConnection(ROOM, null)).toBe(opened[0])
    expect(takeConnection(ROOM, null)).toBeNull()
    expect(opened[0]?.destroyed).toBe(false)
  })

  it('opens the connection with the facilitator key this browser holds', async () => {
    const { environment, opened, open } = setUp({ facilitatorKey: 'k-1' })
    startHeadStart(parseRoute(`/r/${ROOM}`), environment)
    open()
    await settle()
    expect(takeConnection(ROOM, null)).toBeNull()
    expect(opened[0]?.key).toBe('k-1')
    // A key the room page did not accept: that connection is closed, and the page opens its own.
    expect(opened[0]?.destroyed).toBe(true)
  })

  it('closes a connection for another room rather than handing it over', async () => {
    const { environment, opened, open } = setUp()
    startHeadStart(parseRoute(`/r/${ROOM}/canvas`), environment)
    open()
    await settle()
    expect(takeConnection(OTHER_ROOM, null)).toBeNull()
    expect(opened[0]?.destroyed).toBe(true)
  })

  it('closes a connection still opening when the page asks, as the page then opens its own', async () => {
    const { environment, opened, open } = setUp()
    startHeadStart(parseRoute(`/r/${ROOM}/canvas`), environment)
    expect(takeConnection(ROOM, null)).toBeNull()
    open()
    await settle()
    expect(opened[0]?.destroyed).toBe(true)
  })

  it('closes a connection nobody takes', async () => {
    vi.useFakeTimers()
    const { environment, opened, open } = setUp()
    startHeadStart(parseRoute(`/r/${ROOM}/canvas`), environment)
    open()
    await vi.advanceTimersByTimeAsync(UNTAKEN_CONNECTION_MS - 1)
    expect(opened[0]?.destroyed).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(opened[0]?.destroyed).toBe(true)
    expect(takeConnection(ROOM, null)).toBeNull()
  })

  it('opens no connection for someone who has not joined, or who came by a facilitator link', () => {
    const newcomer = setUp({ joined: false })
    startHeadStart(parseRoute(`/r/${ROOM}/canvas`), newcomer.environment)
    expect(newcomer.api.getRoom).toHaveBeenCalled()
    expect(newcomer.preloaded).toEqual(['board', 'canvas'])
    expect(newcomer.opened).toEqual([])
    const facilitator = setUp({ hash: '#key=new-key' })
    startHeadStart(parseRoute(`/r/${ROOM}/canvas`), facilitator.environment)
    expect(facilitator.opened).toEqual([])
  })

  it('loads only the code the page will show: none on a phone, no canvas for the list', () => {
    const phone = setUp({ smallScreen: true })
    startHeadStart(parseRoute(`/r/${ROOM}`), phone.environment)
    expect(phone.preloaded).toEqual([])
    expect(phone.opened).toHaveLength(1)
    const list = setUp({ boardView: 'list' })
    startHeadStart(parseRoute(`/r/${ROOM}`), list.environment)
    expect(list.preloaded).toEqual(['board'])
  })

  it('does nothing for the home page, the wall screen or the easy-read summary', () => {
    for (const path of ['/', `/r/${ROOM}/present`, `/r/${ROOM}/easy-read`, '/nowhere']) {
      const { api, environment, preloaded, opened } = setUp()
      startHeadStart(parseRoute(path), environment)
      expect(api.getRoom).not.toHaveBeenCalled()
      expect(preloaded).toEqual([])
      expect(opened).toEqual([])
    }
  })
})
