// "New theme": a name, then the theme and its frame appear on the board in free space in view.
import { MAX_THEME_NAME } from '@roundtable/shared'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { dropNextEnterKeyUp, keepKeysFromCanvas } from './keepKeysFromCanvas.ts'

export function NewThemeDialog({ open, onCreate, onClose }: { open: boolean; onCreate: (name: string) => boolean; onClose: () => void }) {
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
    if (name.trim() === '') return setError('Give the theme a name.')
    dropNextEnterKeyUp()
    if (onCreate(name)) onClose()
    else setError('The theme could not be made. Please try again.')
  }

  return (
    <dialog ref={dialog} className="dialog small-dialog" aria-labelledby="new-theme-title" onClose={onClose} onKeyDown={keepKeysFromCanvas} onKeyUp={keepKeysFromCanvas} data-testid="new-theme-dialog">
      {open && (
        <form onSubmit={submit} noValidate>
          <h2 id="new-theme-title">New theme</h2>
          <p>A theme is a group of ideas that belong together. It shows on the board as a coloured box.</p>
          <div className="field">
            <label htmlFor="new-theme-name">Theme name</label>
            <input
              id="new-theme-name"
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
              Make the theme
            </button>
            <button type="button" className="button secondary" onClick={onClose}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </dialog>
  )
}
