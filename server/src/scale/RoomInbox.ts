// Holds other instances' messages for a room while it loads, then hands them over in order:
// a room subscribes before it reads storage, so nothing published in between is missed.
import type { FanoutListener, FanoutMessage } from './Fanout.ts'

export class RoomInbox {
  private held: FanoutMessage[] | null = []
  private deliver: FanoutListener | null = null

  readonly receive: FanoutListener = (message) => {
    if (this.deliver) this.deliver(message)
    else this.held?.push(message)
  }

  /** Delivers what was held, then everything as it arrives. */
  deliverTo(listener: FanoutListener): void {
    const held = this.held ?? []
    this.held = null
    this.deliver = listener
    for (const message of held) listener(message)
  }
}
