// Publishes this person's private ideas when the room's reveal round goes past them: once
// the session and the board are both loaded, and not onto a board locked against them. A
// browser that was offline at the reveal publishes when it is back.
import { useEffect, useRef } from 'react'
import { readPrivateIdeas, revealPlan } from './privateDrafts.ts'
import type { PrivateIdeasStore } from './usePrivateIdeas.ts'

export function useRevealPublisher({
  store,
  revealRound,
  ready,
  publish,
}: {
  store: PrivateIdeasStore
  revealRound: number
  /** Session loaded, board connected and loaded, canvas on screen, board not locked against this person. */
  ready: boolean
  /** Puts these ideas on the board, in one change. */
  publish: ((texts: string[]) => void) | null
}): void {
  const publishRef = useRef(publish)
  publishRef.current = publish
  const update = useRef(store.update)
  update.current = store.update
  const { storage, storageKey } = store
  const canPublish = publish !== null

  useEffect(() => {
    if (!ready || !canPublish) return
    const run = () => {
      const send = publishRef.current
      if (!send) return
      // Read afresh inside the lock: another tab may have just published these.
      const state = readPrivateIdeas(storage, storageKey)
      const plan = revealPlan(state, revealRound)
      if (!plan) return
      if (plan.publish.length > 0) send(plan.publish.map((idea) => idea.text))
      update.current(() => plan.next)
    }
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
    // One tab at a time, so two tabs of one browser never publish the same ideas twice.
    if (locks) void locks.request(`roundtable-publish:${storageKey}`, async () => run())
    else run()
  }, [ready, canPublish, revealRound, storage, storageKey])
}
