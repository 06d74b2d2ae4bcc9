// Keeps the live rooms: loads one from storage when its first connection arrives (callers
// arriving meanwhile share that load) and drops it from memory a while after the last leaves.
import { isRoomId } from '@roundtable/shared'
import { createLogger, errorMessage } from '../logger.ts'
import type { Storage } from '../storage/Storage.ts'
import type { UpdateBatcher } from '../storage/UpdateBatcher.ts'
import { loadRoomDocument } from './loadRoomDocument.ts'
import { Room } from './Room.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'

const log = createLogger('rooms')

export interface RoomRegistryOptions {
  storage: Storage
  batcher: UpdateBatcher
  /** How long an empty room stays in memory. */
  idleMs: number
  compactAfterUpdates: number
  now?: () => number
}

export type ConnectResult = { ok: true; room: Room } | { ok: false; reason: 'room-not-found' | 'shutting-down' }

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room | null>>()
  /** Rooms being written out; a new connection waits so it loads what they wrote. */
  private readonly evicting = new Map<string, Promise<void>>()
  private readonly idleTimers = new Map<string, NodeJS.Timeout>()
  private readonly store: RoomStore
  private readonly now: () => number
  private accepting = true

  constructor(private readonly options: RoomRegistryOptions) {
    this.store = {
      append: (roomId, update) => options.batcher.append(roomId, update),
      compact: (roomId, snapshot, upToSeq) => options.storage.compact(roomId, snapshot, upToSeq),
    }
    this.now = options.now ?? Date.now
  }

  get roomCount(): number {
    return this.rooms.size
  }

  get connectionCount(): number {
    let count = 0
    for (const room of this.rooms.values()) count += room.connectionCount
    return count
  }

  /** Joins a connection to its room, loading the room if needed. */
  async connect(roomId: string, connection: RoomConnection): Promise<ConnectResult> {
    if (!this.accepting) return { ok: false, reason: 'shutting-down' }
    if (!isRoomId(roomId)) return { ok: false, reason: 'room-not-found' }
    const room = await this.load(roomId)
    if (!this.accepting) return { ok: false, reason: 'shutting-down' }
    if (!room) return { ok: false, reason: 'room-not-found' }
    this.cancelEviction(roomId)
    room.join(connection)
    return { ok: true, room }
  }

  /** For shutdown: refuse newcomers, store what was received, compact, then close every socket. */
  async shutdown(code: number, reason: string): Promise<void> {
    this.accepting = false
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    await Promise.allSettled([...this.loading.values(), ...this.evicting.values()])
    const rooms = [...this.rooms.values()]
    for (const room of rooms) room.freeze()
    await this.options.batcher.flush()
    await Promise.all(rooms.map((room) => room.compact()))
    for (const room of rooms) {
      room.closeConnections(code, reason)
      room.destroy()
    }
    this.rooms.clear()
    await Promise.allSettled(rooms.map((room) => this.options.storage.touchRoom(room.id, this.now())))
  }

  private load(roomId: string): Promise<Room | null> {
    const loaded = this.rooms.get(roomId)
    if (loaded) return Promise.resolve(loaded)
    let loading = this.loading.get(roomId)
    if (!loading) {
      loading = this.loadFromStorage(roomId).finally(() => this.loading.delete(roomId))
      this.loading.set(roomId, loading)
    }
    return loading
  }

  private async loadFromStorage(roomId: string): Promise<Room | null> {
    await this.evicting.get(roomId)
    const record = await this.options.storage.getRoom(roomId)
    if (!record) return null
    const roomLog = log.child({ room: roomId })
    const stored = await this.options.storage.loadDocument(roomId)
    const { doc, lastSeq, logEntries } = loadRoomDocument(stored, roomLog)
    const room = new Room({
      id: roomId,
      doc,
      lastSeq,
      logEntries,
      store: this.store,
      compactAfterUpdates: this.options.compactAfterUpdates,
      onEmpty: () => this.scheduleEviction(room),
      onBroken: () => this.discard(room),
    })
    this.rooms.set(roomId, room)
    roomLog.info('room loaded', { logEntries })
    void this.options.storage.touchRoom(roomId, this.now()).catch((error: unknown) => {
      roomLog.warn('could not record room activity', { error: errorMessage(error) })
    })
    return room
  }

  private scheduleEviction(room: Room): void {
    this.cancelEviction(room.id)
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.id)
      if (room.connectionCount === 0 && this.rooms.get(room.id) === room) this.evict(room)
    }, this.options.idleMs)
    this.idleTimers.set(room.id, timer)
  }

  private cancelEviction(roomId: string): void {
    const timer = this.idleTimers.get(roomId)
    if (timer) clearTimeout(timer)
    this.idleTimers.delete(roomId)
  }

  private evict(room: Room): void {
    this.rooms.delete(room.id)
    const written = (async () => {
      await room.compact()
      room.destroy()
      await this.options.storage.touchRoom(room.id, this.now())
      log.info('room unloaded', { room: room.id })
    })()
      .catch((error: unknown) => log.error('could not unload room', { room: room.id, error: errorMessage(error) }))
      .finally(() => this.evicting.delete(room.id))
    this.evicting.set(room.id, written)
  }

  /** A room whose update could not be stored: forget it, so the next connection reloads from disk. */
  private discard(room: Room): void {
    this.cancelEviction(room.id)
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id)
    room.destroy()
  }
}
