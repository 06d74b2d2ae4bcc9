// After the server refused this phone's ideas because the board was locked, waits before
// sending them again: until the room is seen locked and then open, or at most RETRY_MS.
// Without the wait, a phone whose news of the lock is late would send, be refused and
// reload the board again and again.
import { useEffect, useState } from 'react'

export const RETRY_MS = 30_000

export type Hold = 'free' | 'refused' | 'seen-locked'

/** The hold after an event: a refusal, news of the room's lock, or the retry time passing. */
export function nextHold(current: Hold, event: { type: 'refused' } | { type: 'locked'; locked: boolean } | { type: 'retry' }): Hold {
  switch (event.type) {
    case 'refused':
      return 'refused'
    case 'locked':
      if (event.locked) return current === 'refused' ? 'seen-locked' : current
      return current === 'seen-locked' ? 'free' : current
    case 'retry':
      return 'free'
  }
}

/** True while ideas should wait after a refusal. `refusals` goes up at each refusal. */
export function useRefusalHold(refusals: number, locked: boolean): boolean {
  const [hold, setHold] = useState<Hold>('free')

  useEffect(() => {
    if (refusals > 0) setHold((current) => nextHold(current, { type: 'refused' }))
  }, [refusals])

  useEffect(() => {
    setHold((current) => nextHold(current, { type: 'locked', locked }))
  }, [locked])

  // A lock and unlock that came in one update were never seen: try again after a while.
  useEffect(() => {
    if (hold === 'free') return
    const timer = setTimeout(() => setHold((current) => nextHold(current, { type: 'retry' })), RETRY_MS)
    return () => clearTimeout(timer)
  }, [hold])

  return hold !== 'free'
}
