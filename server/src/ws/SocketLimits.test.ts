import { describe, expect, it } from 'vitest'
import { LimitCloseCode, NO_SOCKET_LIMITS, SocketLimits, type LiveRooms } from './SocketLimits.ts'

/** A registry stand-in: rooms in `loaded` are in memory; opening a room puts it there. */
function liveRooms(...loaded: string[]) {
  const rooms = new Set(loaded)
  const registry: LiveRooms = {
    get roomCount() {
      return rooms.size
    },
    whenLoaded: async (roomId) => (rooms.has(roomId) ? { roomId } : null),
  }
  const open = (roomId: string) => async () => {
    rooms.add(roomId)
    return roomId
  }
  return { registry, rooms, open }
}

const limits = (options: Partial<typeof NO_SOCKET_LIMITS>, registry = liveRooms().registry) =>
  new SocketLimits({ ...NO_SOCKET_LIMITS, ...options }, registry)

describe('SocketLimits: sockets per address', () => {
  it('refuses the socket one over the limit with "try again later", counting each address apart', () => {
    const socketLimits = limits({ connectionsPerAddress: 2 })
    expect(socketLimits.openSocket('10.0.0.1')).toBeNull()
    expect(socketLimits.openSocket('10.0.0.1')).toBeNull()
    expect(socketLimits.openSocket('10.0.0.1')).toEqual({ code: LimitCloseCode.TryAgainLater, reason: 'too many connections from this address' })
    expect(socketLimits.openSocket('10.0.0.2')).toBeNull()
  })

  it('lets a new socket in once one from that address has closed', () => {
    const socketLimits = limits({ connectionsPerAddress: 1 })
    socketLimits.openSocket('a')
    expect(socketLimits.openSocket('a')).not.toBeNull()
    socketLimits.closeSocket('a')
    expect(socketLimits.openSockets('a')).toBe(0)
    expect(socketLimits.openSocket('a')).toBeNull()
  })
})

describe('SocketLimits: rooms in memory', () => {
  it('refuses a socket for one room too many, and lets in sockets for rooms already open', async () => {
    const { registry, open } = liveRooms('room-1', 'room-2')
    const socketLimits = limits({ liveRooms: 2 }, registry)
    const refused = await socketLimits.openRoom('room-3', open('room-3'))
    expect(refused).toEqual({ ok: false, refusal: { code: LimitCloseCode.TryAgainLater, reason: 'server busy: too many rooms open' } })
    expect(await socketLimits.openRoom('room-1', open('room-1'))).toEqual({ ok: true, value: 'room-1' })
  })

  it('counts rooms still opening, so sockets for many rooms at once cannot overshoot', async () => {
    const { registry } = liveRooms('room-1')
    const socketLimits = limits({ liveRooms: 2 }, registry)
    let finish = (): void => {}
    const slow = () => new Promise<string>((resolve) => (finish = () => resolve('room-2')))
    const first = socketLimits.openRoom('room-2', slow)
    // Same room while it opens: let in; another room: refused.
    const sameRoom = socketLimits.openRoom('room-2', async () => 'room-2 again')
    const otherRoom = socketLimits.openRoom('room-3', async () => 'room-3')
    expect(await otherRoom).toMatchObject({ ok: false })
    expect(await sameRoom).toEqual({ ok: true, value: 'room-2 again' })
    finish()
    expect(await first).toEqual({ ok: true, value: 'room-2' })
  })

  it('forgets a room that could not be opened, so it takes no place', async () => {
    const { registry } = liveRooms()
    const socketLimits = limits({ liveRooms: 1 }, registry)
    await expect(socketLimits.openRoom('room-1', () => Promise.reject(new Error('disk gone')))).rejects.toThrow('disk gone')
    expect(await socketLimits.openRoom('room-2', async () => 'room-2')).toEqual({ ok: true, value: 'room-2' })
  })
})

describe('SocketLimits: messages', () => {
  it('gives each connection its own budget of twice the rate per second', () => {
    const socketLimits = new SocketLimits({ ...NO_SOCKET_LIMITS, messagesPerSecond: 3 }, liveRooms().registry, () => 0)
    const first = socketLimits.messageBudget()
    const second = socketLimits.messageBudget()
    let sent = 0
    while (first?.take() && sent < 100) sent++
    expect(sent).toBe(6)
    expect(second?.take()).toBe(true)
  })

  it('gives no budget when messages are not limited', () => {
    expect(limits({}).messageBudget()).toBeNull()
  })
})
