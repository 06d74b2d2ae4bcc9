// The board page's share of themes: the themes as they change, which dialog is open, what
// the panel's buttons do, and the words for the polite live region ("Moved to Waiting").
import { type Board, Themes } from '@roundtable/shared'
import { useCallback, useMemo, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import type { ThemeActions } from './ThemeItem.tsx'
import { type ThemeWithProposals, useThemes } from './useThemes.ts'

export interface ThemeBoard {
  themes: ThemeWithProposals[]
  themeName(themeId: string | null): string | null
  /** What the live region says; the count changes it even when the words are the same. */
  news: { text: string; count: number }
  announce(text: string): void
  announceMove(from: string | null, to: string | null): void
  actions: ThemeActions
  /** The idea whose "Move to theme" dialog is open, or null. */
  moving: string | null
  requestMove(ideaId: string | null): void
  makingTheme: boolean
  setMakingTheme(open: boolean): void
  /** The theme whose deletion is being confirmed, or null. */
  deleting: string | null
  requestDelete(themeId: string | null): void
}

export function useThemeBoard(board: Board | null, participantId: string): ThemeBoard {
  const t = useT()
  const model = useMemo(() => (board ? new Themes(board) : null), [board])
  const themes = useThemes(model)
  const [news, setNews] = useState({ text: '', count: 0 })
  const [moving, requestMove] = useState<string | null>(null)
  const [makingTheme, setMakingTheme] = useState(false)
  const [deleting, requestDelete] = useState<string | null>(null)

  const themeName = useCallback((themeId: string | null) => themes.find((theme) => theme.id === themeId)?.name ?? null, [themes])
  const announce = useCallback((text: string) => setNews((last) => ({ text, count: last.count + 1 })), [])
  const announceMove = useCallback(
    (from: string | null, to: string | null) => {
      const name = themeName(to)
      const left = themeName(from)
      announce(name ? t('themes.news.movedTo', { name }) : left ? t('themes.news.movedOutOf', { name: left }) : t('themes.news.movedOut'))
    },
    [announce, themeName, t],
  )

  const actions = useMemo<ThemeActions>(
    () => ({
      rename: (themeId, name) => model?.rename(themeId, name) ?? false,
      requestDelete,
      requestMove,
      propose: (themeId, name) => (model?.propose(themeId, name, participantId) ?? null) !== null,
      support: (proposalId, supported) => model?.support(proposalId, participantId, supported),
      settle: (themeId, name) => {
        if (model?.settle(themeId, name)) announce(t('themes.news.renamed', { name }))
      },
    }),
    [model, participantId, announce, t],
  )

  return { themes, themeName, news, announce, announceMove, actions, moving, requestMove, makingTheme, setMakingTheme, deleting, requestDelete }
}
