// A page's code that loads only when needed, but can be asked for early. Rendered once its
// code is already here, it shows at once: React.lazy would still suspend for a moment, and
// React holds back what a Suspense boundary reveals for a few hundred milliseconds after its
// fallback shows, so a board whose code had arrived would wait for nothing.
import { type ComponentType, lazy, useState } from 'react'

export interface Preloadable<P> {
  /** Renders the code's component; while the code is on its way, suspends as React.lazy does. */
  Component: ComponentType<P>
  /** Starts loading the code (once); resolves when it is here. */
  preload(): Promise<ComponentType<P>>
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download can be tried again by the next render.
        loading = null
        throw error
      },
    )
    return loading
  }
  const Lazy = lazy(() => preload().then((component) => ({ default: component })))
  function Preloaded(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later would remount the page.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return <Shown {...props} />
  }
  return { Component: Preloaded, preload }
}
