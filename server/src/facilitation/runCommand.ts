// Applies a facilitator's command to the session document, with what follows from it:
// tallies shown or withheld for the new state, and the more-time count reset by a new timer.
import {
  applyCommand,
  readSession,
  writeMoreTimeCount,
  writeSession,
  writeTallies,
  type FacilitatorCommand,
  type SessionState,
} from '@roundtable/shared'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { Storage } from '../storage/Storage.ts'
import { talliesToPublish } from './publishTallies.ts'

export function runCommand(live: LiveRoom, storage: Storage, command: FacilitatorCommand, now = Date.now()): Promise<SessionState> {
  return live.serial(async () => {
    const next = applyCommand(readSession(live.session.document), command, now)
    // "More time" counts requests per timer: starting or clearing one starts the count again.
    const newTimer = command.type === 'timer' && (command.timer.op === 'start' || command.timer.op === 'clear')
    const tallies = await talliesToPublish(storage, live.id, next)
    await live.session.change((doc) => {
      writeSession(doc, next)
      if (newTimer) writeMoreTimeCount(doc, 0)
      writeTallies(doc, tallies)
    })
    if (newTimer) await live.moreTimeAskers.clear()
    return next
  })
}
