// "I need more time": each person counts once per timer. Who asked is kept apart from the
// room (see MoreTimeAskers), to count each person once; the session document carries just the count.
import { readMoreTimeCount, writeMoreTimeCount } from '@roundtable/shared'
import type { LiveRoom } from '../room/LiveRoom.ts'

export function askForMoreTime(live: LiveRoom, participantId: string): Promise<number> {
  return live.serial(async () => {
    const current = readMoreTimeCount(live.session.document)
    if (await live.moreTimeAskers.has(participantId)) return current
    // Counting up from the stored count, not the number of askers: after a restart the
    // askers may be forgotten but the count people can see must not go down.
    const count = current + 1
    await live.session.change((doc) => writeMoreTimeCount(doc, count))
    await live.moreTimeAskers.add(participantId)
    return count
  })
}
