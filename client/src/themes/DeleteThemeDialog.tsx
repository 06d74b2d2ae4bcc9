// Deleting a theme, confirmed first: its ideas stay on the board, with no theme.
import { useEffect, useRef } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
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
  const t = useT()
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
          <h2 id="delete-theme-title">{t('themes.deleteDialog.title', { name: theme.name })}</h2>
          <p>
            {t('themes.deleteDialog.ideas', { count: theme.ideaCount })} {t('themes.deleteDialog.onlyTheme')}
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
              <ButtonPicture emoji="🗑️" />
              {t('themes.deleteDialog.confirm')}
            </button>
            <button type="button" className="button secondary" onClick={onClose} autoFocus>
              <ButtonPicture emoji="✋" />
              {t('themes.deleteDialog.keep')}
            </button>
          </p>
        </>
      )}
    </dialog>
  )
}
