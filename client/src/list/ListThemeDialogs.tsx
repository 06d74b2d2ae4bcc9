// The theme dialogs in list view — "New theme", "Move to a theme" and deleting a theme — the
// same dialogs as on the canvas, changing the board without one (see boardChanges.ts).
import type { Idea } from '@roundtable/shared'
import { useLayoutEffect, useRef } from 'react'
import { useT } from '../i18n/useT.ts'
import { DeleteThemeDialog } from '../themes/DeleteThemeDialog.tsx'
import { MoveToThemeDialog } from '../themes/MoveToThemeDialog.tsx'
import { NewThemeDialog } from '../themes/NewThemeDialog.tsx'
import type { ThemeBoard } from '../themes/useThemeBoard.ts'
import type { BoardChanges } from './boardChanges.ts'

export function ListThemeDialogs({
  themeBoard,
  ideas,
  changes,
  locked,
}: {
  themeBoard: ThemeBoard
  ideas: readonly Idea[]
  changes: BoardChanges | null
  /** The board is locked for this person: no dialog opens. */
  locked: boolean
}) {
  const t = useT()
  const { themes, themeName, announce, announceMove, moving, requestMove, makingTheme, setMakingTheme, deleting, requestDelete } = themeBoard
  const movingIdea = moving === null || locked ? null : (ideas.find((idea) => idea.id === moving) ?? null)
  const deletingTheme = deleting === null || locked ? null : (themes.find((theme) => theme.id === deleting) ?? null)
  const opener = useRef<string | null>(null)

  // Which list asked for the move: a layout effect runs before the dialog's own effect takes the focus.
  useLayoutEffect(() => {
    if (movingIdea) opener.current = document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null
  }, [movingIdea?.id])

  const closeMove = () => {
    const ideaId = CSS.escape(moving ?? '')
    const from = opener.current
    requestMove(null)
    // The moved idea is now under another heading: the button that opened the dialog has gone.
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return
      const selector =
        from === 'theme-idea' ? `[data-testid="theme-idea"][data-idea-id="${ideaId}"] button` : `[data-testid="list-idea"][data-idea-id="${ideaId}"] [data-action="move"]`
      document.querySelector<HTMLButtonElement>(selector)?.focus()
    })
  }

  return (
    <>
      <NewThemeDialog
        open={makingTheme && !locked}
        onCreate={(name) => {
          const made = changes?.addTheme(name) ?? null
          if (made) announce(t('list.themeMade', { name: themeName(made) ?? name.trim() }))
          return made !== null
        }}
        onClose={() => setMakingTheme(false)}
      />
      <MoveToThemeDialog
        idea={movingIdea ? { text: movingIdea.text, themeId: movingIdea.themeId } : null}
        themes={themes}
        onMove={(themeId) => {
          if (!movingIdea || !changes) return
          if (themeId !== movingIdea.themeId) changes.moveIdeas([movingIdea.id], themeId)
          announceMove(movingIdea.themeId, themeId)
        }}
        onClose={closeMove}
      />
      <DeleteThemeDialog
        theme={deletingTheme ? { name: deletingTheme.name, ideaCount: ideas.filter((idea) => idea.themeId === deletingTheme.id).length } : null}
        onDelete={() => {
          if (!deletingTheme) return
          changes?.deleteTheme(deletingTheme.id)
          announce(t('list.themeDeleted', { name: deletingTheme.name }))
        }}
        onClose={() => requestDelete(null)}
      />
    </>
  )
}
