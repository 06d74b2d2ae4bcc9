// "Display and language": a button on every screen that opens this person's own settings —
// language, easy read, high contrast and text size. Each change applies at once.
import { useEffect, useId, useRef, useState } from 'react'
import { LANGUAGES, isLanguageCode } from '../i18n/languages.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { TEXT_SIZES } from './preferences.ts'
import { updatePreferences } from './preferencesStore.ts'
import { usePreferences } from './usePreferences.ts'
import './settings.css'

export function DisplaySettings({ className }: { className?: string }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className={`display-settings-button${className ? ` ${className}` : ''}`} onClick={() => setOpen(true)}>
        <ButtonPicture emoji="⚙️" />
        {t('settings.open')}
      </button>
      <SettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  )
}

function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT()
  const preferences = usePreferences()
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog ref={dialog} className="dialog settings-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      {open && (
        <form
          method="dialog"
          className="stack"
          onSubmit={(event) => {
            event.preventDefault()
            onClose()
          }}
        >
          <h2 id={`${ids}-title`}>{t('settings.title')}</h2>
          <p className="hint">{t('settings.intro')}</p>
          <div className="field">
            <label htmlFor={`${ids}-language`}>{t('settings.language')}</label>
            <select
              id={`${ids}-language`}
              value={preferences.language}
              onChange={(event) => {
                if (isLanguageCode(event.target.value)) void updatePreferences({ language: event.target.value })
              }}
            >
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
                  {language.name}
                </option>
              ))}
            </select>
          </div>
          <label className="check">
            <input type="checkbox" checked={preferences.easyRead} onChange={(event) => void updatePreferences({ easyRead: event.target.checked })} />
            <span>
              <strong>{t('settings.easyRead')}</strong>
              <span className="hint">{t('settings.easyReadHint')}</span>
            </span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={preferences.highContrast}
              onChange={(event) => void updatePreferences({ highContrast: event.target.checked })}
            />
            <span>
              <strong>{t('settings.highContrast')}</strong>
              <span className="hint">{t('settings.highContrastHint')}</span>
            </span>
          </label>
          <fieldset className="choices">
            <legend>{t('settings.textSize')}</legend>
            {TEXT_SIZES.map((size) => (
              <label key={size} className="choice">
                <input
                  type="radio"
                  name={`${ids}-text-size`}
                  value={size}
                  checked={preferences.textSize === size}
                  onChange={() => void updatePreferences({ textSize: size })}
                />
                {t(`settings.textSize.${size}`)}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary">
              <ButtonPicture emoji="✅" />
              {t('settings.done')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
