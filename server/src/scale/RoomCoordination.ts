// Facilitation reads a room's state and then writes what follows from it (a vote within the
// budget, the tallies, the more-time count). On one instance, LiveRoom.serial orders that;
// with several, a room's tasks must also exclude each other across instances, and who asked
// for more time must be known to all of them.
import { MoreTimeAskersInMemory, type MoreTimeAskers } from '../facilitation/MoreTimeAskers.ts'

export interface RoomCoordination {
  /** Runs `task` while no other instance runs one for the same room. */
  exclusive<T>(roomId: string, task: () => Promise<T>): Promise<T>
  /** Who asked for more time in the room, as all instances see it. */
  moreTimeAskers(roomId: string): MoreTimeAskers
}

export class SingleInstanceCoordination implements RoomCoordination {
  exclusive<T>(_roomId: string, task: () => Promise<T>): Promise<T> {
    return task()
  }
  moreTimeAskers(): MoreTimeAskers {
    return new MoreTimeAskersInMemory()
  }
}
