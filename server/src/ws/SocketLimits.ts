// The abuse limits on WebSockets: open sockets per client address, rooms held in memory at
// once, and each connection's message rate. Each refusal carries a close code and reason.
import { CloseCode } from '@roundtable/shared'
import { TokenBucket } from './TokenBucket.ts'

// The limits' close codes are CloseCode.TooManyMessages (1008) and CloseCode.TryAgainLater (1013): neither is in
// 4400–4499, which the stock y-websocket provider treats as final, so a person refused for now gets in on a retry.
export const LimitCloseCode = { TooManyMessages: CloseCode.TooManyMessages, TryAgainLater: CloseCode.TryAgainLater } as const

export interface Refusal {
  code: number
  reason: string
}

export const TOO_MANY_SOCKETS: Refusal = { code: LimitCloseCode.TryAgainLater, reason: 'too many connections from this address' }
export const TOO_MANY_ROOMS: Refusal = { code: LimitCloseCode.TryAgainLater, reason: 'server busy: too many rooms open' }
export const TOO_MANY_MESSAGES: Refusal = { code: LimitCloseCode.TooManyMessages, reason: 'too many messages' }

export interface SocketLimitOptions {
  /** Open sockets one address may hold at once. */
  connectionsPerAddress: number
  /** Rooms held in memory at once; a socket for one more is refused until some go idle. */
  liveRooms: number
  /** Messages one connection may send per second, with a burst of twice this. */
  messagesPerSecond: number
}

/** Nothing limited: for tests and tools that build a SocketServer without limits. */
export const NO_SOCKET_LIMITS: SocketLimitOptions = {
  connectionsPerAddress: Infinity,
  liveRooms: Infinity,
  messagesPerSecond: Infinity,
}

/** What the room limit needs to know of the registry, read-only. */
export interface LiveRooms {
  readonly roomCount: number
  /** The room if it is in memory or being loaded, else null. */
  whenLoaded(roomId: string): Promise<unknown>
}

export type Admission<T> = { ok: true; value: T } | { ok: false; refusal: Refusal }

export class SocketLimits {
  private readonly socketsByAddress = new Map<string, number>()
  /** Rooms not in memory that sockets were let in to open, counted until the open settles. */
  private readonly opening = new Map<string, number>()

  constructor(
    private readonly options: SocketLimitOptions,
    private readonly rooms: LiveRooms,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a new socket against its address, or refuses it. Call closeSocket when an admitted one closes. */
  openSocket(address: string): Refusal | null {
    const open = this.socketsByAddress.get(address) ?? 0
    if (open >= this.options.connectionsPerAddress) return TOO_MANY_SOCKETS
    this.socketsByAddress.set(address, open + 1)
    return null
  }

  closeSocket(address: string): void {
    const open = this.socketsByAddress.get(address) ?? 0
    // Deleted at zero, so the table holds only addresses with open sockets.
    if (open <= 1) this.socketsByAddress.delete(address)
    else this.socketsByAddress.set(address, open - 1)
  }

  openSockets(address: string): number {
    return this.socketsByAddress.get(address) ?? 0
  }

  /**
   * Runs `open` (joining a room) unless that would bring one room too many into memory. A room
   * already in memory is always let in. Rooms being opened count as open, so a crowd of
   * sockets for different rooms arriving together cannot overshoot the limit.
   */
  async openRoom<T>(roomId: string, open: () => Promise<T>): Promise<Admission<T>> {
    if (this.options.liveRooms === Infinity) return { ok: true, value: await open() }
    // A room that failed to load is not in memory; `open` then reports why.
    const loaded = await this.rooms.whenLoaded(roomId).catch(() => null)
    if (loaded !== null) return { ok: true, value: await open() }
    const alreadyOpening = this.opening.get(roomId) ?? 0
    if (alreadyOpening === 0 && this.rooms.roomCount + this.opening.size >= this.options.liveRooms) {
      return { ok: false, refusal: TOO_MANY_ROOMS }
    }
    this.opening.set(roomId, alreadyOpening + 1)
    try {
      return { ok: true, value: await open() }
    } finally {
      const left = (this.opening.get(roomId) ?? 1) - 1
      if (left === 0) this.opening.delete(roomId)
      else this.opening.set(roomId, left)
    }
  }

  /** A fresh message budget for one connection, or null when messages are not limited. */
  messageBudget(): TokenBucket | null {
    const perSecond = this.options.messagesPerSecond
    if (perSecond === Infinity) return null
    return new TokenBucket({ perSecond, burst: 2 * perSecond, now: this.now })
  }
}
