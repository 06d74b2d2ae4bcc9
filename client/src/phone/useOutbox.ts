// The phone's outbox for React: ideas are saved on the phone first, then put on the board
// whenever it is loaded, in sync and open to this person — at once when it already is.
import type { Board } from '@roundtable/shared'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { browserStorage } from '../room/browserStorage.ts'
import {
  type OutboxIdea,
  type PrivacyNow,
  flushOutbox,
  ideaDestination,
  markWaiting,
  outboxKey,
  queueIdea,
  readOutbox,
  releaseFor,
  writeOutbox,
} from './outbox.ts'

export interface PhoneOutbox {
  ideas: OutboxIdea[]
  /** Saves the idea on this phone and sends it if it can; returns the id it has, or null for an empty one. */
  send(text: string, picture: string): string | null
}

export function useOutbox({
  roomId,
  authorId,
  board,
  ready,
  privacy,
  generation,
}: {
  roomId: string
  authorId: string
  /** The room's board, once its connection is open. */
  board: Board | null
  /** The board is in sync with the server and not locked against this person. */
  ready: boolean
  /** The room's private writing, once the session has loaded. */
  privacy: PrivacyNow | null
  /** Goes up each time the board refused a change and was loaded afresh. */
  generation: number
}): PhoneOutbox {
  const storage = useMemo(() => browserStorage(), [])
  const key = outboxKey(roomId)
  const [ideas, setIdeas] = useState<OutboxIdea[]>(() => readOutbox(storage, key))
  // Ideas put on this copy of the board: if the server refuses its changes, they wait again.
  // Only this copy's: an idea that arrived over an earlier connection stays sent, even if deleted since.
  const addedHere = useRef<{ board: Board | null; ids: Set<string> }>({ board: null, ids: new Set() })
  const live = useRef({ board, ready, privacy })
  live.current = { board, ready, privacy }

  // Always from storage, so two tabs of one phone never overwrite each other's ideas.
  const update = useCallback(
    (change: (current: OutboxIdea[]) => OutboxIdea[]) => {
      const current = readOutbox(storage, key)
      const next = change(current)
      if (JSON.stringify(next) !== JSON.stringify(current)) writeOutbox(storage, key, next)
      setIdeas(next)
    },
    [storage, key],
  )

  const flush = useCallback(() => {
    const { board: target, ready: open, privacy: room } = live.current
    if (!target || !open || !room) return
    update((current) => {
      const result = flushOutbox(current, ideaDestination(target), room)
      if (addedHere.current.board !== target) addedHere.current = { board: target, ids: new Set() }
      for (const id of result.added) addedHere.current.ids.add(id)
      return result.ideas
    })
  }, [update])

  const privateWriting = privacy?.privateWriting
  const revealRound = privacy?.revealRound
  useEffect(flush, [flush, board, ready, privateWriting, revealRound])

  useEffect(() => {
    setIdeas(readOutbox(storage, key))
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key) return
      setIdeas(readOutbox(storage, key))
      flush()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [storage, key, flush])

  useEffect(() => {
    const refused = addedHere.current.ids
    if (generation === 0 || refused.size === 0) return
    addedHere.current = { board: null, ids: new Set() }
    // The fresh board shows which of them arrived before the lock: those are only marked sent again.
    update((current) => markWaiting(current, refused))
  }, [generation, update])

  const send = useCallback(
    (text: string, picture: string): string | null => {
      let queued: string | null = null
      update((current) => {
        const next = queueIdea(current, { text, picture, authorId, release: releaseFor(live.current.privacy) })
        queued = next.length > current.length ? (next[next.length - 1]?.id ?? null) : null
        return next
      })
      flush()
      return queued
    },
    [update, flush, authorId],
  )

  return { ideas, send }
}
