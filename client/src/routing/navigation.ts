// Moving between the app's pages without a reload, and following the address in React.
import { useSyncExternalStore } from 'react'
import { type Route, parseRoute } from './route.ts'

const NAVIGATED = 'roundtable:navigated'

export function navigate(path: string): void {
  window.history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATED))
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener)
  window.addEventListener(NAVIGATED, listener)
  return () => {
    window.removeEventListener('popstate', listener)
    window.removeEventListener(NAVIGATED, listener)
  }
}

const currentPath = () => window.location.pathname

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentPath))
}
