// Following this browser's preferences in React.
import { useSyncExternalStore } from 'react'
import type { Preferences } from './preferences.ts'
import { getPreferences, subscribePreferences } from './preferencesStore.ts'

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribePreferences, getPreferences)
}
