// The board page's theme dialogs: "New theme", "Move to a theme" and deleting a theme.
import type { Idea } from '@roundtable/shared'
import type { CanvasControls } from '../board/CanvasView.tsx'
import { useT } from '../i18n/useT.ts'
import { DeleteThemeDialog } from './DeleteThemeDialog.tsx'
import { MoveToThemeDialog } from './MoveToThemeDialog.tsx'
import { NewThemeDialog } from './NewThemeDialog.tsx'
import type { ThemeBoard } from './useThemeBoard.ts'

export function ThemeDialogs({
  themeBoard,
  ideas,
  controls,
  locked,
}: {
  themeBoard: ThemeBoard
  ideas: readonly Idea[]
  controls: CanvasControls | null
  /** The board is locked for this person: no dialog opens. */
  locked: boolean
}) {
  const t = useT()
  const { themes, themeName, announce, announceMove, moving, requestMove, makingTheme, setMakingTheme, deleting, requestDelete } = themeBoard
  const movingIdea = moving === null || locked ? null : (ideas.find((idea) => idea.id === moving) ?? null)
  const deletingTheme = deleting === null || locked ? null : (themes.find((theme) => theme.id === deleting) ?? null)

  const closeMove = () => {
    const ideaId = moving
    requestMove(null)
    // Moved from the Themes panel, the button that opened the dialog is now in another list.
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return
      document.querySelector<HTMLButtonElement>(`[data-testid="theme-idea"][data-idea-id="${CSS.escape(ideaId ?? '')}"] button`)?.focus()
    })
  }

  return (
    <>
      <NewThemeDialog
        open={makingTheme && !locked}
        onCreate={(name) => {
          const made = controls?.addTheme(name) ?? null
          if (made) announce(t('themes.news.made', { name: themeName(made) ?? name.trim() }))
          return made !== null
        }}
        onClose={() => setMakingTheme(false)}
      />
      <MoveToThemeDialog
        idea={movingIdea ? { text: movingIdea.text, themeId: movingIdea.themeId } : null}
        themes={themes}
        onMove={(themeId) => {
          if (!movingIdea || !controls) return
          if (themeId !== movingIdea.themeId) controls.moveIdeas([movingIdea.id], themeId)
          announceMove(movingIdea.themeId, themeId)
        }}
        onClose={closeMove}
      />
      <DeleteThemeDialog
        theme={deletingTheme ? { name: deletingTheme.name, ideaCount: ideas.filter((idea) => idea.themeId === deletingTheme.id).length } : null}
        onDelete={() => {
          if (!deletingTheme) return
          controls?.deleteTheme(deletingTheme.id)
          announce(t('themes.news.deleted', { name: deletingTheme.name }))
        }}
        onClose={() => requestDelete(null)}
      />
    </>
  )
}
