// Making a room live from storage: its record, both documents and its facilitator links,
// and the stores its documents write to (one per document name, shared by every room).
import { createLogger } from '../logger.ts'
import { compactWithStored } from '../scale/compactWithStored.ts'
import type { ScaleOut } from '../scale/ScaleOut.ts'
import type { DocumentName, Storage } from '../storage/Storage.ts'
import type { UpdateBatcher } from '../storage/UpdateBatcher.ts'
import { LiveRoom, workingLinks } from './LiveRoom.ts'
import { loadRoomDocument } from './loadRoomDocument.ts'
import type { OtherInstances } from './OtherInstances.ts'
import type { RoomStore } from './RoomConnection.ts'
import type { StorageRetry } from './UpdateWriter.ts'

const log = createLogger('rooms')

export interface LiveRoomSources {
  storage: Storage
  others: OtherInstances
  coordination: ScaleOut['coordination']
  storeFor: (doc: DocumentName) => RoomStore
  onEmpty: (room: LiveRoom) => void
  compactAfterUpdates: number
  storageRetry?: StorageRetry
}

/** The room as stored, live; null when there is no such room. */
export async function readLiveRoom(roomId: string, sources: LiveRoomSources): Promise<LiveRoom | null> {
  const { storage, coordination, others } = sources
  const record = await storage.getRoom(roomId)
  if (!record) return null
  const [board, session, links] = await Promise.all([
    storage.loadDocument(roomId, 'board'),
    storage.loadDocument(roomId, 'session'),
    storage.listFacilitatorLinks(roomId),
  ])
  const live: LiveRoom = new LiveRoom({
    id: roomId,
    board: loadRoomDocument(board),
    session: loadRoomDocument(session),
    facilitatorLinks: workingLinks(links),
    storeFor: sources.storeFor,
    compactAfterUpdates: sources.compactAfterUpdates,
    onEmpty: sources.onEmpty,
    publish: others.publisher(roomId),
    // On a single instance, LiveRoom.serial alone orders a room's facilitation tasks and
    // keeps who asked for more time in memory; the closures are only made when shared.
    ...(others.shared && {
      exclusive: (task) =>
        coordination.exclusive(roomId, async () => {
          // Another instance may have just changed the session (tallies, the more-time
          // count): decide from what is stored, not from what has arrived so far.
          await others.catchUp(live, ['session'])
          return task()
        }),
      moreTimeAskers: () => coordination.moreTimeAskers(roomId),
    }),
    storageRetry: sources.storageRetry,
  })
  log.info('room loaded', { room: roomId, logEntries: board.updates.length + session.updates.length })
  return live
}

/** The store for each document name, made on first use: every room shares them (they pass their room id). */
export function documentStores(storage: Storage, batcher: UpdateBatcher, others: OtherInstances): (doc: DocumentName) => RoomStore {
  const stores = new Map<DocumentName, RoomStore>()
  return (doc) => {
    const made = stores.get(doc)
    if (made) return made
    const store: RoomStore = {
      append: (roomId, update) => batcher.append(roomId, doc, update),
      compact: (roomId, snapshot, upToSeq) =>
        others.shared ? compactWithStored(storage, roomId, doc, snapshot, upToSeq) : storage.compact(roomId, doc, snapshot, upToSeq),
    }
    stores.set(doc, store)
    return store
  }
}
