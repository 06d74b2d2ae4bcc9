// Keeps the live rooms: loads one from storage when its first connection or request
// arrives (callers arriving meanwhile share that load) and drops it from memory a while
// after the last connection leaves and the last request finishes. With other instances
// serving the same rooms, it also carries their messages to the room and back.
import { CloseCode, isRoomId } from '@roundtable/shared'
import { createLogger, errorMessage } from '../logger.ts'
import { singleInstance, type ScaleOut } from '../scale/ScaleOut.ts'
import type { DocumentName, Storage } from '../storage/Storage.ts'
import type { UpdateBatcher } from '../storage/UpdateBatcher.ts'
import type { LiveRoom } from './LiveRoom.ts'
import { OtherInstances } from './OtherInstances.ts'
import { documentStores, readLiveRoom } from './readLiveRoom.ts'
import type { Room } from './Room.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'
import type { StorageRetry } from './UpdateWriter.ts'

const log = createLogger('rooms')

/**
 * How often rooms in memory are marked as in use. A room is otherwise marked when it loads
 * and unloads; another instance's retention sweep must not take a room open here for days
 * (a wall screen left connected) for an idle one.
 */
const TOUCH_LOADED_ROOMS_MS = 60 * 60 * 1000

export interface RoomRegistryOptions {
  storage: Storage
  batcher: UpdateBatcher
  /** How long an unused room stays in memory. */
  idleMs: number
  compactAfterUpdates: number
  now?: () => number
  /** Other instances serving the same rooms; by default this instance is the only one. */
  scaleOut?: Pick<ScaleOut, 'fanout' | 'coordination'>
  storageRetry?: StorageRetry
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
  /** Rooms being deleted: nobody may load them meanwhile. */
  private readonly deleting = new Set<string>()
  private readonly now: () => number
  private readonly coordination: ScaleOut['coordination']
  private readonly others: OtherInstances
  private readonly toucher: NodeJS.Timeout
  private accepting = true
  private readonly storeFor: (doc: DocumentName) => RoomStore

  constructor(private readonly options: RoomRegistryOptions) {
    this.now = options.now ?? Date.now
    const { fanout, coordination } = options.scaleOut ?? singleInstance()
    this.coordination = coordination
    this.others = new OtherInstances(fanout, options.storage, {
      loaded: () => this.rooms.values(),
      loading: () => this.loading.values(),
      deleted: (live) => {
        if (this.rooms.get(live.id) === live) void this.unload(live, CloseCode.RoomNotFound, 'this room has been deleted')
      },
    })
    this.storeFor = documentStores(options.storage, options.batcher, this.others)
    this.toucher = setInterval(() => void this.touchLoadedRooms(), TOUCH_LOADED_ROOMS_MS)
    this.toucher.unref()
  }

  get roomCount(): number {
    return this.rooms.size
  }

  get connectionCount(): number {
    let count = 0
    for (const live of this.rooms.values()) count += live.connectionCount
    return count
  }

  /** Loaded rooms refusing edits because storage is failing. */
  get roomsRefusingEdits(): number {
    let count = 0
    for (const live of this.rooms.values()) if (live.refusingEdits) count++
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

  /**
   * The room's facilitator links changed in storage: this instance and every other one
   * with the room loaded read them again, so a revoked link stops working everywhere.
   */
  async facilitatorLinksChanged(roomId: string): Promise<void> {
    this.others.facilitatorLinksChanged(roomId)
    const live = await this.whenLoaded(roomId)
    if (live) await this.others.readFacilitatorLinks(live)
  }

  /**
   * Deletes the room for good, then closes everyone connected to it, on every instance,
   * with 4404 so their browsers stop reconnecting. False when there was no such room.
   */
  async deleteRoom(roomId: string): Promise<boolean> {
    // Nobody loads it meanwhile; an edit still arriving cannot be stored without the room.
    this.deleting.add(roomId)
    try {
      await this.evicting.get(roomId)
      // Deleted first: should that fail, nobody has been told the room is gone.
      const deleted = await this.options.storage.deleteRoom(roomId)
      const live = await this.whenLoaded(roomId)
      if (live) await this.unload(live, CloseCode.RoomNotFound, 'this room has been deleted')
      this.others.roomDeleted(roomId)
      return deleted
    } finally {
      this.deleting.delete(roomId)
    }
  }

  /** For shutdown: refuse newcomers, store what was received, compact, then close every socket. */
  async shutdown(code: number, reason: string): Promise<void> {
    this.accepting = false
    clearInterval(this.toucher)
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    await Promise.allSettled([...this.loading.values(), ...this.evicting.values()])
    const rooms = [...this.rooms.values()]
    for (const live of rooms) live.freeze()
    await this.options.batcher.flush()
    await Promise.all(rooms.map((live) => live.compact()))
    for (const live of rooms) {
      // Also tells other instances these people have left, rather than letting them time out.
      live.closeConnections(code, reason)
      live.destroy()
    }
    this.rooms.clear()
    await Promise.allSettled(rooms.map((live) => this.others.leave(live.id)))
    await Promise.allSettled(rooms.map((live) => this.options.storage.touchRoom(live.id, this.now())))
  }

  private async open(roomId: string): Promise<UseResult<LiveRoom>> {
    if (!this.accepting) return { ok: false, reason: 'shutting-down' }
    if (!isRoomId(roomId) || this.deleting.has(roomId)) return { ok: false, reason: 'room-not-found' }
    const live = await this.load(roomId)
    if (!this.accepting) return { ok: false, reason: 'shutting-down' }
    if (!live || this.deleting.has(roomId)) return { ok: false, reason: 'room-not-found' }
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
    const inbox = await this.others.listen(roomId)
    let live: LiveRoom | null = null
    try {
      live = await readLiveRoom(roomId, {
        storage: this.options.storage,
        others: this.others,
        coordination: this.coordination,
        storeFor: this.storeFor,
        onEmpty: this.onRoomEmpty,
        compactAfterUpdates: this.options.compactAfterUpdates,
        storageRetry: this.options.storageRetry,
      })
    } finally {
      if (!live) await this.others.leave(roomId)
    }
    if (!live) return null
    this.rooms.set(roomId, live)
    this.others.joined(live, inbox)
    void this.options.storage.touchRoom(roomId, this.now()).catch((error: unknown) => {
      log.warn('could not record room activity', { room: roomId, error: errorMessage(error) })
    })
    return live
  }

  /** Drops a room from memory at once, without writing it out (it is being deleted). */
  private async unload(live: LiveRoom, code: number, reason: string): Promise<void> {
    this.cancelEviction(live.id)
    if (this.rooms.get(live.id) === live) this.rooms.delete(live.id)
    live.closeConnections(code, reason)
    live.destroy()
    await this.others.leave(live.id)
  }

  private async touchLoadedRooms(): Promise<void> {
    for (const live of [...this.rooms.values()]) {
      await this.options.storage.touchRoom(live.id, this.now()).catch((error: unknown) => {
        log.warn('could not record room activity', { room: live.id, error: errorMessage(error) })
      })
    }
  }

  private readonly onRoomEmpty = (emptied: LiveRoom): void => {
    if (emptied.idle) this.scheduleEviction(emptied)
  }

  private scheduleEviction(live: LiveRoom): void {
    this.cancelEviction(live.id)
    const timer = setTimeout(() => {
      this.idleTimers.delete(live.id)
      if (!live.idle || this.rooms.get(live.id) !== live) return
      // It still holds an update it is trying to store; unloading now would drop it.
      if (live.refusingEdits) return this.scheduleEviction(live)
      this.evict(live)
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
      await this.others.leave(live.id)
      await this.options.storage.touchRoom(live.id, this.now())
      log.info('room unloaded', { room: live.id })
    })()
      .catch((error: unknown) => log.error('could not unload room', { room: live.id, error: errorMessage(error) }))
      .finally(() => this.evicting.delete(live.id))
    this.evicting.set(live.id, written)
  }
}
