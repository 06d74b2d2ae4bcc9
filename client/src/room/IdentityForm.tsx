// "How would you like to appear?": a name (a friendly pseudonym is offered), a colour and a
// picture. Nothing else is asked: no role, no email, no account.
import { COLOURS, Limits, PICTURES, type Participant, cleanName, colourHex } from '@roundtable/shared'
import { type FormEvent, useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { colourWord, pictureWord } from './appearanceWords.ts'

export type Appearance = Omit<Participant, 'id'>

export function IdentityForm({
  initial,
  submitLabel,
  submitPicture = '✅',
  onSubmit,
  onCancel,
}: {
  initial: Appearance
  submitLabel: string
  /** The easy-read picture beside the submit button's words. */
  submitPicture?: string
  onSubmit: (appearance: Appearance) => void
  onCancel?: () => void
}) {
  const t = useT()
  const id = useId()
  const [name, setName] = useState(initial.name)
  const [colour, setColour] = useState(initial.colour)
  const [picture, setPicture] = useState(initial.picture)
  const [nameMissing, setNameMissing] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const clean = cleanName(name)
    if (!clean) {
      setNameMissing(true)
      return
    }
    onSubmit({ name: clean, colour, picture })
  }

  return (
    <form className="stack identity-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('room.name.label')}</label>
        <p className="hint" id={`${id}-name-hint`}>
          {t('room.name.hint')}
        </p>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={Limits.maxNameLength}
          autoComplete="off"
          dir="auto"
          aria-describedby={nameMissing ? `${id}-name-hint ${id}-name-error` : `${id}-name-hint`}
          aria-invalid={nameMissing ? true : undefined}
        />
        {nameMissing && (
          <p className="error" id={`${id}-name-error`} role="alert">
            {t('room.name.missing')}
          </p>
        )}
      </div>

      <fieldset className="choices">
        <legend>{t('room.colours')}</legend>
        {COLOURS.map((option) => (
          <label key={option.id} className="choice">
            <input type="radio" name={`${id}-colour`} value={option.id} checked={colour === option.id} onChange={() => setColour(option.id)} />
            <span className="swatch" style={{ background: option.hex }} aria-hidden="true" />
            {colourWord(option.id, t)}
          </label>
        ))}
      </fieldset>

      <fieldset className="choices">
        <legend>{t('room.pictures')}</legend>
        {PICTURES.map((option) => (
          <label key={option.emoji} className="choice">
            <input type="radio" name={`${id}-picture`} value={option.emoji} checked={picture === option.emoji} onChange={() => setPicture(option.emoji)} />
            <span className="emoji" aria-hidden="true">
              {option.emoji}
            </span>
            {pictureWord(option.emoji, t)}
          </label>
        ))}
      </fieldset>

      <p className="preview" aria-live="polite">
        {t('room.preview')}{' '}
        <span className="person-chip" style={{ borderColor: colourHex(colour) }}>
          <span className="person-picture" style={{ background: colourHex(colour) }} aria-hidden="true">
            {picture}
          </span>
          <bdi>{cleanName(name) ?? '…'}</bdi>
        </span>
      </p>

      <p className="actions">
        <button type="submit" className="button primary">
          <ButtonPicture emoji={submitPicture} />
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            <ButtonPicture emoji="✖️" />
            {t('common.cancel')}
          </button>
        )}
      </p>
    </form>
  )
}
