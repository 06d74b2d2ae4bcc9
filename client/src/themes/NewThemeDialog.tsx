// "New theme": a name, then the theme and its frame appear on the board in free space in view.
import { MAX_THEME_NAME } from '@roundtable/shared'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { dropNextEnterKeyUp, keepKeysFromCanvas } from './keepKeysFromCanvas.ts'

export function NewThemeDialog({ open, onCreate, onClose }: { open: boolean; onCreate: (name: string) => boolean; onClose: () => void }) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      setName('')
      setError(null)
      element.showModal()
    }
    if (!open && element.open) element.close()
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return setError(t('themes.needName'))
    dropNextEnterKeyUp()
    if (onCreate(name)) onClose()
    else setError(t('themes.newDialog.failed'))
  }

  return (
    <dialog ref={dialog} className="dialog small-dialog" aria-labelledby="new-theme-title" onClose={onClose} onKeyDown={keepKeysFromCanvas} onKeyUp={keepKeysFromCanvas} data-testid="new-theme-dialog">
      {open && (
        <form onSubmit={submit} noValidate>
          <h2 id="new-theme-title">{t('themes.newDialog.title')}</h2>
          <p>{t('themes.newDialog.intro')}</p>
          <div className="field">
            <label htmlFor="new-theme-name">{t('themes.newDialog.name')}</label>
            <input
              id="new-theme-name"
              dir="auto"
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={MAX_THEME_NAME}
              autoComplete="off"
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'new-theme-error' : undefined}
            />
            {error && (
              <p className="error" id="new-theme-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <p className="actions dialog-actions">
            <button type="submit" className="button primary">
              <ButtonPicture emoji="✅" />
              {t('themes.newDialog.make')}
            </button>
            <button type="button" className="button secondary" onClick={onClose}>
              <ButtonPicture emoji="✖️" />
              {t('common.cancel')}
            </button>
          </p>
        </form>
      )}
    </dialog>
  )
}
