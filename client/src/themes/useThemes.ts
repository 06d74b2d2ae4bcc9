// The board's themes and their proposed names, following changes, for lists outside the canvas.
import type { NameProposal, Theme, Themes } from '@roundtable/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'

export interface ThemeWithProposals extends Theme {
  /** Most supported first. */
  proposals: NameProposal[]
}

const NONE: ThemeWithProposals[] = []

export function useThemes(themes: Themes | null): ThemeWithProposals[] {
  const last = useRef<{ key: string; list: ThemeWithProposals[] }>({ key: '', list: NONE })
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!themes) return () => {}
      const maps = [themes.themesMap, themes.proposalsMap, themes.supportMap] as const
      for (const map of maps) map.observeDeep(changed)
      return () => {
        for (const map of maps) map.unobserveDeep(changed)
      }
    },
    [themes],
  )
  const read = useCallback(() => {
    const list = themes ? themes.list().map((theme) => ({ ...theme, proposals: themes.proposals(theme.id) })) : NONE
    const key = JSON.stringify(list)
    // The same array while nothing changed, as useSyncExternalStore requires.
    if (key !== last.current.key) last.current = { key, list }
    return last.current.list
  }, [themes])
  return useSyncExternalStore(subscribe, read)
}
