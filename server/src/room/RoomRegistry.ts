// Keeps the live rooms: loads one from storage when its first connection or request
// arrives (callers arriving meanwhile share that load) and drops it from memory a while
// after the last connection leaves and the last request finishes.
import { CloseCode, isRoomId } from '@roundtable/shared'
import { createLogger, errorMessage } from '../logger.ts'
import type { DocumentName, Storage } from '../storage/Storage.ts'
import type { UpdateBatcher } from '../storage/UpdateBatcher.ts'
import { LiveRoom } from './LiveRoom.ts'
import { loadRoomDocument } from './loadRoomDocument.ts'
import type { Room } from './Room.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'

const log = createLogger('rooms')

export interface RoomRegistryOptions {
  storage: Storage
  batcher: UpdateBatcher
  /** How long an unused room stays in memory. */
  idleMs: number
  compactAfterUpdates: number
  now?: () => number
}

export type Unavailable = { ok: false; reason: 'room-not-found' | 'shutting-down' }
export type ConnectResult = { ok: true; room: Room } | Unavailable
export type UseResult<T> = { ok: true; value: T } | Unavailable

export class RoomRegistry {
  private readonly rooms = new Map<string, LiveRoom>()
  private readonly loading = new Map<string, Promise<LiveRoom | null>>()
  /** Rooms being written out; a newcomer waits so it loads what they wrote. */
  private readonly evicting = new Map<string, Promise<void>>()
  private readonly idleTimers = new Map<string, NodeJS.Timeout>()
  private readonly now: () => number
  private accepting = true

  constructor(private readonly options: RoomRegistryOptions) {
    this.now = options.now ?? Date.now
  }

  get roomCount(): number {
    return this.rooms.size
  }

  get connectionCount(): number {
    let count = 0
    for (const live of this.rooms.values()) count += live.connectionCount
    return count
  }

  /** Joins a connection to one of a room's documents, loading the room if needed. */
  async connect(roomId: string, doc: DocumentName, connection: RoomConnection, facilitatorKey: string | null = null): Promise<ConnectResult> {
    const live = await this.open(roomId)
    if (!live.ok) return live
    this.cancelEviction(roomId)
    return { ok: true, room: live.value.join(connection, doc, facilitatorKey) }
  }

  /** Runs `task` with the room loaded (for an HTTP request), keeping it in memory meanwhile. */
  async use<T>(roomId: string, task: (live: LiveRoom) => Promise<T>): Promise<UseResult<T>> {
    const live = await this.open(roomId)
    if (!live.ok) return live
    this.cancelEviction(roomId)
    try {
      return { ok: true, value: await live.value.use(() => task(live.value)) }
    } finally {
      if (live.value.idle && this.rooms.get(roomId) === live.value) this.scheduleEviction(live.value)
    }
  }

  /**
   * The room if it is in memory or being loaded, else null: a change made in storage (a
   * facilitator link added or revoked) is copied into it. A room loaded later reads storage.
   */
  async whenLoaded(roomId: string): Promise<LiveRoom | null> {
    return this.rooms.get(roomId) ?? (await this.loading.get(roomId)) ?? null
  }

  /** For shutdown: refuse newcomers, store what was received, compact, then close every socket. */
  async shutdown(code: number, reason: string): Promise<void> {
    this.accepting = false
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    await Promise.allSettled([...this.loading.values(), ...this.evicting.values()])
    const rooms = [...this.rooms.values()]
    for (const live of rooms) live.freeze()
    await this.options.batcher.flush()
    await Promise.all(rooms.map((live) => live.compact()))
    for (const live of rooms) {
      live.closeConnections(code, reason)
      live.destroy()
    }
    this.rooms.clear()
    await Promise.allSettled(rooms.map((live) => this.options.storage.touchRoom(live.id, this.now())))
  }

  private async open(roomId: string): Promise<UseResult<LiveRoom>> {
    if (!this.accepting) return { ok: false, reason: 'shutting-down' }
    if (!isRoomId(roomId)) return { ok: false, reason: 'room-not-found' }
    const live = await this.load(roomId)
    if (!this.accepting) return { ok: false, reason: 'shutting-down' }
    if (!live) return { ok: false, reason: 'room-not-found' }
    return { ok: true, value: live }
  }

  private load(roomId: string): Promise<LiveRoom | null> {
    const loaded = this.rooms.get(roomId)
    if (loaded) return Promise.resolve(loaded)
    let loading = this.loading.get(roomId)
    if (!loading) {
      loading = this.loadFromStorage(roomId).finally(() => this.loading.delete(roomId))
      this.loading.set(roomId, loading)
    }
    return loading
  }

  private async loadFromStorage(roomId: string): Promise<LiveRoom | null> {
    await this.evicting.get(roomId)
    const { storage } = this.options
    const record = await storage.getRoom(roomId)
    if (!record) return null
    const roomLog = log.child({ room: roomId })
    const [board, session, links] = await Promise.all([
      storage.loadDocument(roomId, 'board'),
      storage.loadDocument(roomId, 'session'),
      storage.listFacilitatorLinks(roomId),
    ])
    const live = new LiveRoom({
      id: roomId,
      board: loadRoomDocument(board, roomLog),
      session: loadRoomDocument(session, roomLog),
      facilitatorLinks: new Map(links.filter((link) => link.revokedAt === null).map((link) => [link.id, link.keyHash])),
      storeFor: (doc) => this.storeFor(doc),
      compactAfterUpdates: this.options.compactAfterUpdates,
      onEmpty: (emptied) => {
        if (emptied.idle) this.scheduleEviction(emptied)
      },
      onBroken: (broken) => this.discard(broken),
    })
    this.rooms.set(roomId, live)
    roomLog.info('room loaded', { logEntries: board.updates.length + session.updates.length })
    void storage.touchRoom(roomId, this.now()).catch((error: unknown) => {
      roomLog.warn('could not record room activity', { error: errorMessage(error) })
    })
    return live
  }

  private storeFor(doc: DocumentName): RoomStore {
    return {
      append: (roomId, update) => this.options.batcher.append(roomId, doc, update),
      compact: (roomId, snapshot, upToSeq) => this.options.storage.compact(roomId, doc, snapshot, upToSeq),
    }
  }

  private scheduleEviction(live: LiveRoom): void {
    this.cancelEviction(live.id)
    const timer = setTimeout(() => {
      this.idleTimers.delete(live.id)
      if (live.idle && this.rooms.get(live.id) === live) this.evict(live)
    }, this.options.idleMs)
    this.idleTimers.set(live.id, timer)
  }

  private cancelEviction(roomId: string): void {
    const timer = this.idleTimers.get(roomId)
    if (timer) clearTimeout(timer)
    this.idleTimers.delete(roomId)
  }

  private evict(live: LiveRoom): void {
    this.rooms.delete(live.id)
    const written = (async () => {
      await live.compact()
      live.destroy()
      await this.options.storage.touchRoom(live.id, this.now())
      log.info('room unloaded', { room: live.id })
    })()
      .catch((error: unknown) => log.error('could not unload room', { room: live.id, error: errorMessage(error) }))
      .finally(() => this.evicting.delete(live.id))
    this.evicting.set(live.id, written)
  }

  /** A room with an update that could not be stored: close it, so the next connection reloads from disk. */
  private discard(live: LiveRoom): void {
    this.cancelEviction(live.id)
    if (this.rooms.get(live.id) === live) this.rooms.delete(live.id)
    live.closeConnections(CloseCode.StorageUnavailable, 'could not save changes')
    live.destroy()
  }
}
