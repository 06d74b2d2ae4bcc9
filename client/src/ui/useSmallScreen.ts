// Whether this is a phone-sized screen, following the screen as it turns or resizes.
import { useSyncExternalStore } from 'react'

/** Phones in either orientation; a small tablet already gets the whole board. */
export const SMALL_SCREEN_QUERY = '(max-width: 600px)'

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia(SMALL_SCREEN_QUERY)
  query.addEventListener('change', listener)
  return () => query.removeEventListener('change', listener)
}

const isSmall = () => window.matchMedia(SMALL_SCREEN_QUERY).matches

export function useSmallScreen(): boolean {
  return useSyncExternalStore(subscribe, isSmall)
}
