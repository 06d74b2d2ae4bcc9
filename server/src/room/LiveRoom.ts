// One loaded room: its two documents (the board everyone edits and the session only the
// server writes), and what the server keeps about them: which connections hold a working
// facilitator link, and who has asked for more time during the current timer.
import { readSessionField } from '@roundtable/shared'
import { matchFacilitatorKey } from '../auth/matchFacilitatorKey.ts'
import { MoreTimeAskersInMemory, type MoreTimeAskers } from '../facilitation/MoreTimeAskers.ts'
import type { FacilitatorLinkRecord } from '../storage/FacilitationStorage.ts'
import type { DocumentName } from '../storage/Storage.ts'
import { BOARD_LOCKED, readOnly, type ChangeRefusal, type RefuseChanges } from './changeRefusal.ts'
import type { LoadedDocument } from './loadRoomDocument.ts'
import { Room } from './Room.ts'
import type { RoomConnection, RoomStore } from './RoomConnection.ts'
import type { StorageRetry } from './UpdateWriter.ts'

const SETTLED: Promise<unknown> = Promise.resolve()

export interface LiveRoomOptions {
  id: string
  board: LoadedDocument
  session: LoadedDocument
  /** The room's working facilitator links: id → key hash; the live room keeps this map as its own. */
  facilitatorLinks: Map<string, string>
  storeFor: (doc: DocumentName) => RoomStore
  compactAfterUpdates: number
  /** Called when the last connection of either document leaves. */
  onEmpty: (live: LiveRoom) => void
  /** Tells the room's other instances about a document's stored update or awareness; nothing on a single instance. */
  publish?: (doc: DocumentName, kind: 'update' | 'awareness', payload: Uint8Array) => void
  /** Runs a facilitation task while no other instance runs one for this room; on a single instance, just runs it. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>
  /** Makes the record of who asked for more time, when first needed; in memory by default. */
  moreTimeAskers?: () => MoreTimeAskers
  storageRetry?: StorageRetry
}

export class LiveRoom {
  readonly id: string
  readonly board: Room
  /** Made when first joined or read: many rooms are only looked at on the board. */
  private sessionRoom: Room | null = null
  private askers: MoreTimeAskers | null = null
  /** A copy of the stored working links, kept current by linkAdded, linkRevoked and replaceFacilitatorLinks. */
  private readonly facilitatorLinks: Map<string, string>
  /** Made when the first facilitator joins. */
  private linkOfConnection: WeakMap<RoomConnection, string> | null = null
  private queue: Promise<unknown> = SETTLED
  /** HTTP requests using the room; it is not unloaded while any is running. */
  private users = 0

  constructor(private readonly options: LiveRoomOptions) {
    this.id = options.id
    this.facilitatorLinks = options.facilitatorLinks
    this.board = this.makeRoom(
      'board',
      options.board,
      (connection) => this.refuseBoardChange(connection),
    )
  }

  /** While the board is locked, only facilitators' connections may change it. */
  private refuseBoardChange(connection: RoomConnection): ChangeRefusal | null {
    if (!readSessionField(this.session.document, 'locked') || this.isFacilitator(connection)) return null
    return BOARD_LOCKED
  }

  /** The session document, which only the server writes. */
  get session(): Room {
    this.sessionRoom ??= this.makeRoom('session', this.options.session, readOnly)
    return this.sessionRoom
  }

  /** Who asked for more time during the current timer; never stored with the room or published. */
  get moreTimeAskers(): MoreTimeAskers {
    this.askers ??= this.options.moreTimeAskers?.() ?? new MoreTimeAskersInMemory()
    return this.askers
  }

  private makeRoom(name: DocumentName, loaded: LoadedDocument, refuseChanges: RefuseChanges): Room {
    const { options } = this
    return new Room({
      id: options.id,
      docName: name,
      ...loaded,
      store: options.storeFor(name),
      compactAfterUpdates: options.compactAfterUpdates,
      onEmpty: () => options.onEmpty(this),
      publish: options.publish && ((kind, payload) => options.publish?.(name, kind, payload)),
      storageRetry: options.storageRetry,
      refuseChanges,
    })
  }

  get connectionCount(): number {
    return this.board.connectionCount + (this.sessionRoom?.connectionCount ?? 0)
  }

  get idle(): boolean {
    return this.connectionCount === 0 && this.users === 0
  }

  /** True while either document refuses edits because storage is failing. */
  get refusingEdits(): boolean {
    return this.board.refusingEdits || (this.sessionRoom?.refusingEdits ?? false)
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
      if (linkId !== null) (this.linkOfConnection ??= new WeakMap()).set(connection, linkId)
    }
    const room = this.room(doc)
    room.join(connection)
    return room
  }

  /** True while the connection's facilitator link works; revoking the link ends it at once. */
  isFacilitator(connection: RoomConnection): boolean {
    const linkId = this.linkOfConnection?.get(connection)
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
    const exclusive = this.options.exclusive
    const run = this.queue.then(() => (exclusive ? exclusive(task) : task()))
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
    this.sessionRoom?.freeze()
  }

  async compact(): Promise<void> {
    await Promise.all([this.board.compact(), this.sessionRoom?.compact()])
  }

  closeConnections(code: number, reason: string): void {
    this.board.closeConnections(code, reason)
    this.sessionRoom?.closeConnections(code, reason)
  }

  destroy(): void {
    this.board.destroy()
    this.sessionRoom?.destroy()
  }
}

/** A room's working facilitator links, as id → key hash. */
export function workingLinks(links: readonly FacilitatorLinkRecord[]): Map<string, string> {
  return new Map(links.filter((link) => link.revokedAt === null).map((link) => [link.id, link.keyHash]))
}
