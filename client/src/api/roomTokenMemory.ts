// The organisation's room token for this tab, so a facilitator starting several rooms types it
// once. Kept in sessionStorage, never localStorage: it goes when the tab closes and is never
// left on a shared computer. Both home-page forms read and change the same one.

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const STORAGE_KEY = 'roundtable.roomToken'

export interface RoomTokenMemory {
  read(): string
  change(token: string): void
  subscribe(listener: () => void): () => void
}

/** `storage` is null where there is none, or where reading it throws (some private modes): then the token lives only in this page. */
export function roomTokenMemory(storage: TokenStorage | null): RoomTokenMemory {
  let token = readFrom(storage)
  const listeners = new Set<() => void>()
  return {
    read: () => token,
    change(next) {
      if (next === token) return
      token = next
      writeTo(storage, next)
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

function readFrom(storage: TokenStorage | null): string {
  try {
    return storage?.getItem(STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

function writeTo(storage: TokenStorage | null, token: string): void {
  try {
    if (token === '') storage?.removeItem(STORAGE_KEY)
    else storage?.setItem(STORAGE_KEY, token)
  } catch {
    // Storage refused (full, or a private mode): the token still lasts as long as the page.
  }
}

function tabStorage(): TokenStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

/** The one for this tab. */
export const roomToken: RoomTokenMemory = roomTokenMemory(tabStorage())
