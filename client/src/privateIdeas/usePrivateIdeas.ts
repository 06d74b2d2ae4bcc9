// A person's private ideas for React: kept in this browser's storage (so they survive a
// reload), the same in every tab, and never sent anywhere by this module.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { type KeyValueStore, browserStorage } from '../room/browserStorage.ts'
import {
  type PrivateIdeas,
  addPrivateIdea,
  deletePrivateIdea,
  editPrivateIdea,
  privateIdeasKey,
  readPrivateIdeas,
  writePrivateIdeas,
} from './privateDrafts.ts'

export interface PrivateIdeasStore {
  state: PrivateIdeas
  add(text: string, round: number): void
  edit(id: string, text: string): void
  remove(id: string): void
  /** Reads the latest state, lets `change` decide the next one, and saves it (across tabs, one at a time). */
  update(change: (state: PrivateIdeas) => PrivateIdeas): void
  storageKey: string
  storage: KeyValueStore
}

export function usePrivateIdeas(roomId: string, participantId: string): PrivateIdeasStore {
  const storage = useMemo(() => browserStorage(), [])
  const storageKey = privateIdeasKey(roomId, participantId)
  const [state, setState] = useState<PrivateIdeas>(() => readPrivateIdeas(storage, storageKey))

  useEffect(() => {
    setState(readPrivateIdeas(storage, storageKey))
    // Another tab of this browser changed them.
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey) setState(readPrivateIdeas(storage, storageKey))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [storage, storageKey])

  const update = useCallback(
    (change: (state: PrivateIdeas) => PrivateIdeas) => {
      const next = change(readPrivateIdeas(storage, storageKey))
      writePrivateIdeas(storage, storageKey, next)
      setState(next)
    },
    [storage, storageKey],
  )

  return {
    state,
    add: (text, round) => update((current) => addPrivateIdea(current, text, round)),
    edit: (id, text) => update((current) => editPrivateIdea(current, id, text)),
    remove: (id) => update((current) => deletePrivateIdea(current, id)),
    update,
    storageKey,
    storage,
  }
}
