// One loaded room: its two documents (the board everyone edits and the session only the
// server writes), and what the server keeps about them: which connections hold a working
// facilitator link, and who has asked for more time during the current timer.
import { readSession } from '@roundtable/shared'
import { matchFacilitatorKey } from '../auth/matchFacilitatorKey.ts'
import { MoreTimeAskersInMemory, type MoreTimeAskers } from '../facilitation/MoreTimeAskers.ts'
import type { FacilitatorLinkRecord } from '../storage/FacilitationStorage.ts'
import type { DocumentName } from '../storage/Storage.ts'
import { lockedBoard, readOnly } from './changeRefusal.ts'
import type { LoadedDocument } from './loadRoomDocument.ts'
import { Room } from './Room.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'
import type { StorageRetry } from './UpdateWriter.ts'

export interface LiveRoomOptions {
  id: string
  board: LoadedDocument
  session: LoadedDocument
  /** The room's working facilitator links: id → key hash. */
  facilitatorLinks: ReadonlyMap<string, string>
  storeFor: (doc: DocumentName) => RoomStore
  compactAfterUpdates: number
  /** Called when the last connection of either document leaves. */
  onEmpty: (live: LiveRoom) => void
  /** Tells the room's other instances about a document's stored update or awareness; nothing on a single instance. */
  publish?: (doc: DocumentName, kind: 'update' | 'awareness', payload: Uint8Array) => void
  /** Runs a facilitation task while no other instance runs one for this room; on a single instance, just runs it. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>
  /** Who asked for more time; in memory by default. */
  moreTimeAskers?: MoreTimeAskers
  storageRetry?: StorageRetry
}

export class LiveRoom {
  readonly id: string
  readonly board: Room
  readonly session: Room
  /** Who asked for more time during the current timer; never stored with the room or published. */
  readonly moreTimeAskers: MoreTimeAskers
  /** A copy of the stored working links, kept current by linkAdded, linkRevoked and replaceFacilitatorLinks. */
  private readonly facilitatorLinks: Map<string, string>
  private readonly linkOfConnection = new WeakMap<RoomConnection, string>()
  private readonly exclusive: <T>(task: () => Promise<T>) => Promise<T>
  private queue: Promise<unknown> = Promise.resolve()
  /** HTTP requests using the room; it is not unloaded while any is running. */
  private users = 0

  constructor(options: LiveRoomOptions) {
    this.id = options.id
    this.facilitatorLinks = new Map(options.facilitatorLinks)
    this.moreTimeAskers = options.moreTimeAskers ?? new MoreTimeAskersInMemory()
    this.exclusive = options.exclusive ?? ((task) => task())
    const room = (name: DocumentName, loaded: LoadedDocument) =>
      new Room({
        id: options.id,
        docName: name,
        ...loaded,
        store: options.storeFor(name),
        compactAfterUpdates: options.compactAfterUpdates,
        onEmpty: () => options.onEmpty(this),
        publish: options.publish && ((kind, payload) => options.publish?.(name, kind, payload)),
        storageRetry: options.storageRetry,
        refuseChanges:
          name === 'session'
            ? readOnly
            : lockedBoard(
                () => readSession(this.session.document).locked,
                (connection) => this.isFacilitator(connection),
              ),
      })
    // The session first: the board's lock reads it.
    this.session = room('session', options.session)
    this.board = room('board', options.board)
  }

  get connectionCount(): number {
    return this.board.connectionCount + this.session.connectionCount
  }

  get idle(): boolean {
    return this.connectionCount === 0 && this.users === 0
  }

  /** True while either document refuses edits because storage is failing. */
  get refusingEdits(): boolean {
    return this.board.refusingEdits || this.session.refusingEdits
  }

  room(doc: DocumentName): Room {
    return doc === 'board' ? this.board : this.session
  }

  /** Joins a connection to one document; on the board, a working facilitator key lets it edit while locked. */
  join(connection: RoomConnection, doc: DocumentName, facilitatorKey: string | null): Room {
    if (doc === 'board' && facilitatorKey !== null) {
      const linkId = matchFacilitatorKey(
        [...this.facilitatorLinks].map(([id, keyHash]) => ({ id, keyHash })),
        facilitatorKey,
      )
      if (linkId !== null) this.linkOfConnection.set(connection, linkId)
    }
    const room = this.room(doc)
    room.join(connection)
    return room
  }

  /** True while the connection's facilitator link works; revoking the link ends it at once. */
  isFacilitator(connection: RoomConnection): boolean {
    const linkId = this.linkOfConnection.get(connection)
    return linkId !== undefined && this.facilitatorLinks.has(linkId)
  }

  linkAdded(id: string, keyHash: string): void {
    this.facilitatorLinks.set(id, keyHash)
  }

  linkRevoked(id: string): void {
    this.facilitatorLinks.delete(id)
  }

  /** Takes the working links as stored now (another instance added or revoked one): id → key hash. */
  replaceFacilitatorLinks(links: ReadonlyMap<string, string>): void {
    this.facilitatorLinks.clear()
    for (const [id, keyHash] of links) this.facilitatorLinks.set(id, keyHash)
  }

  /**
   * Runs facilitation tasks for this room one at a time, on every instance together, so a
   * check and the write that follows it (a vote within the budget, say) cannot interleave
   * with another's.
   */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.exclusive(task))
    this.queue = run.catch(() => {})
    return run
  }

  /** Marks the room in use by a request for the duration of `task`. */
  async use<T>(task: () => Promise<T>): Promise<T> {
    this.users++
    try {
      return await task()
    } finally {
      this.users--
    }
  }

  freeze(): void {
    this.board.freeze()
    this.session.freeze()
  }

  async compact(): Promise<void> {
    await Promise.all([this.board.compact(), this.session.compact()])
  }

  closeConnections(code: number, reason: string): void {
    this.board.closeConnections(code, reason)
    this.session.closeConnections(code, reason)
  }

  destroy(): void {
    this.board.destroy()
    this.session.destroy()
  }
}

/** A room's working facilitator links, as id → key hash. */
export function workingLinks(links: readonly FacilitatorLinkRecord[]): Map<string, string> {
  return new Map(links.filter((link) => link.revokedAt === null).map((link) => [link.id, link.keyHash]))
}
