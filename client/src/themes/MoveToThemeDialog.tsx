// "Move to theme" without dragging: pick a theme, or "No theme", from a list with the arrow
// keys and press Enter. Opened from a card's button, the M key on a selected card, or the
// Themes panel.
import type { Theme } from '@roundtable/shared'
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { dropNextEnterKeyUp, keepKeysFromCanvas } from './keepKeysFromCanvas.ts'

const NO_THEME = ''

export function MoveToThemeDialog({
  idea,
  themes,
  onMove,
  onClose,
}: {
  /** The idea being moved, or null when the dialog is closed. */
  idea: { text: string; themeId: string | null } | null
  themes: readonly Theme[]
  onMove: (themeId: string | null) => void
  onClose: () => void
}) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const [choice, setChoice] = useState(NO_THEME)
  const open = idea !== null
  const current = idea?.themeId && themes.some((theme) => theme.id === idea.themeId) ? idea.themeId : NO_THEME

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      setChoice(current)
      element.showModal()
      // showModal focuses the first choice; start on the idea's own theme instead.
      const radios = [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
      radios.find((radio) => radio.value === current)?.focus()
    }
    if (!open && element.open) element.close()
  }, [open, current])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    dropNextEnterKeyUp()
    onMove(choice === NO_THEME ? null : choice)
    onClose()
  }

  // Enter on a choice moves the idea there, as it would in a list.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    form.current?.requestSubmit()
  }

  const options = [...themes.map((theme) => ({ id: theme.id, name: theme.name })), { id: NO_THEME, name: t('themes.noTheme') }]
  return (
    <dialog
      ref={dialog}
      className="dialog small-dialog"
      aria-labelledby="move-theme-title"
      onClose={onClose}
      onKeyDown={keepKeysFromCanvas}
      onKeyUp={keepKeysFromCanvas}
      data-testid="move-to-theme-dialog"
    >
      {idea && (
        <form ref={form} onSubmit={submit}>
          <h2 id="move-theme-title">{t('themes.moveDialog.title')}</h2>
          <p className="quoted-idea" dir="auto">
            {idea.text || t('board.idea.empty')}
          </p>
          <fieldset className="theme-choices">
            <legend>{t('themes.moveDialog.legend')}</legend>
            <p className="hint">{t('themes.moveDialog.hint')}</p>
            {options.map((option) => (
              <label key={option.id || 'none'} className="choice theme-choice">
                <input
                  type="radio"
                  name="theme"
                  value={option.id}
                  checked={choice === option.id}
                  onChange={() => setChoice(option.id)}
                  onKeyDown={onKeyDown}
                />
                <span dir={option.id === NO_THEME ? undefined : 'auto'}>{option.name}</span>
                {option.id === current && <span className="hint-inline">{t('themes.moveDialog.now')}</span>}
              </label>
            ))}
          </fieldset>
          <p className="actions dialog-actions">
            <button type="submit" className="button primary">
              <ButtonPicture emoji="📦" />
              {t('themes.moveDialog.move')}
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
