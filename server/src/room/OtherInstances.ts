// A registry's link to the other instances serving its rooms: a room starts listening before
// it is read from storage, then hears their updates, awareness and changes, answers their
// questions, and catches up from storage whenever messages may have been missed.
import { createLogger, errorMessage } from '../logger.ts'
import type { Fanout, FanoutMessage } from '../scale/Fanout.ts'
import { RoomInbox } from '../scale/RoomInbox.ts'
import type { DocumentName, Storage } from '../storage/Storage.ts'
import { workingLinks, type LiveRoom, type LiveRoomOptions } from './LiveRoom.ts'
import { storedUpdates } from './loadRoomDocument.ts'

const log = createLogger('rooms')
const DOCUMENTS: readonly DocumentName[] = ['board', 'session']

/** What other instances may need done to this instance's rooms. */
export interface LocalRooms {
  /** Rooms in memory now. */
  loaded(): Iterable<LiveRoom>
  /** Rooms being read from storage now. */
  loading(): Iterable<Promise<LiveRoom | null>>
  /** Closes a room another instance deleted. */
  deleted(live: LiveRoom): void
}

export class OtherInstances {
  constructor(
    private readonly fanout: Fanout,
    private readonly storage: Pick<Storage, 'loadDocument' | 'listFacilitatorLinks'>,
    private readonly rooms: LocalRooms,
  ) {
    fanout.onMissedMessages(() => void this.catchUpEveryRoom())
  }

  /** True when other instances may serve the same rooms. */
  get shared(): boolean {
    return this.fanout.shared
  }

  /**
   * Starts hearing about a room, before it is read from storage: an update another instance
   * stores meanwhile is either read or heard about (both is harmless). Follow with joined()
   * once it is loaded, or leave() if it is not.
   */
  async listen(roomId: string): Promise<RoomInbox> {
    const inbox = new RoomInbox()
    await this.fanout.subscribe(roomId, inbox.receive)
    return inbox
  }

  joined(live: LiveRoom, inbox: RoomInbox): void {
    inbox.deliverTo((message) => this.fromOtherInstance(live, message))
    // Whoever is in the room on other instances shows up now, not at their next renewal.
    if (this.shared) for (const doc of DOCUMENTS) this.fanout.publish(live.id, doc, 'awareness-query', new Uint8Array())
  }

  leave(roomId: string): Promise<void> {
    return this.fanout.unsubscribe(roomId)
  }

  /** How a room tells other instances about its stored updates and awareness; undefined on a single instance. */
  publisher(roomId: string): LiveRoomOptions['publish'] {
    return this.shared ? (doc, kind, payload) => this.fanout.publish(roomId, doc, kind, payload) : undefined
  }

  facilitatorLinksChanged(roomId: string): void {
    this.fanout.publish(roomId, 'board', 'facilitator-links', new Uint8Array())
  }

  roomDeleted(roomId: string): void {
    this.fanout.publish(roomId, 'board', 'room-deleted', new Uint8Array())
  }

  async readFacilitatorLinks(live: LiveRoom): Promise<void> {
    live.replaceFacilitatorLinks(workingLinks(await this.storage.listFacilitatorLinks(live.id)))
  }

  /** Brings a loaded room's documents up to date with storage; what they already have changes nothing. */
  async catchUp(live: LiveRoom, docs: readonly DocumentName[] = DOCUMENTS): Promise<void> {
    for (const doc of docs) live.room(doc).applyStored(storedUpdates(await this.storage.loadDocument(live.id, doc)))
  }

  private fromOtherInstance(live: LiveRoom, message: FanoutMessage): void {
    const room = live.room(message.doc)
    switch (message.kind) {
      case 'update':
        return room.applyStored([message.payload])
      case 'awareness':
        return room.applyRemoteAwareness(message.payload)
      case 'awareness-query':
        return room.publishLocalAwareness()
      case 'facilitator-links':
        return void this.readFacilitatorLinks(live).catch((error: unknown) => {
          log.error('could not read changed facilitator links', { room: live.id, error: errorMessage(error) })
        })
      case 'room-deleted':
        return this.rooms.deleted(live)
    }
  }

  /** Messages from other instances may have been lost (Redis was unreachable): read every room again. */
  private async catchUpEveryRoom(): Promise<void> {
    const loading = [...this.rooms.loading()]
    // One room at a time, so a reconnection does not flood storage.
    for (const live of [...this.rooms.loaded()]) await this.catchUpQuietly(live)
    for (const loaded of loading) {
      const live = await loaded.catch(() => null)
      if (live) await this.catchUpQuietly(live)
    }
  }

  private async catchUpQuietly(live: LiveRoom): Promise<void> {
    try {
      await this.catchUp(live)
    } catch (error) {
      log.error('could not catch up a room from storage', { room: live.id, error: errorMessage(error) })
    }
  }
}
