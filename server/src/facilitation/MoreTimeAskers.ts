// Who has asked for more time during a room's current timer, so each person counts once.
// Kept in memory on a single instance; shared through Redis when several serve a room.
// Never stored with the room or published: only the count is.

export interface MoreTimeAskers {
  has(participantId: string): Promise<boolean>
  add(participantId: string): Promise<void>
  /** A new timer: everybody may ask again. */
  clear(): Promise<void>
}

export class MoreTimeAskersInMemory implements MoreTimeAskers {
  private readonly askers = new Set<string>()
  async has(participantId: string): Promise<boolean> {
    return this.askers.has(participantId)
  }
  async add(participantId: string): Promise<void> {
    this.askers.add(participantId)
  }
  async clear(): Promise<void> {
    this.askers.clear()
  }
}
