// Deleting a theme, confirmed first: its ideas stay on the board, with no theme.
import { useEffect, useRef } from 'react'
import { dropNextEnterKeyUp, keepKeysFromCanvas } from './keepKeysFromCanvas.ts'

export function DeleteThemeDialog({
  theme,
  onDelete,
  onClose,
}: {
  /** The theme being deleted and how many ideas it holds, or null when closed. */
  theme: { name: string; ideaCount: number } | null
  onDelete: () => void
  onClose: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const open = theme !== null

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog ref={dialog} className="dialog small-dialog" aria-labelledby="delete-theme-title" onClose={onClose} onKeyDown={keepKeysFromCanvas} onKeyUp={keepKeysFromCanvas} data-testid="delete-theme-dialog">
      {theme && (
        <>
          <h2 id="delete-theme-title">Delete the theme “{theme.name}”?</h2>
          <p>
            {theme.ideaCount === 0
              ? 'It has no ideas in it.'
              : theme.ideaCount === 1
                ? 'The idea in it stays on the board, with no theme.'
                : `The ${theme.ideaCount} ideas in it stay on the board, with no theme.`}{' '}
            Only the theme and its box go.
          </p>
          <p className="actions dialog-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                dropNextEnterKeyUp()
                onDelete()
                onClose()
              }}
            >
              Yes, delete the theme
            </button>
            <button type="button" className="button secondary" onClick={onClose} autoFocus>
              Keep it
            </button>
          </p>
        </>
      )}
    </dialog>
  )
}
