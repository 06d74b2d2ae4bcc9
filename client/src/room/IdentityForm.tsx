// "How would you like to appear?": a name (a friendly pseudonym is offered), a colour and a
// picture. Nothing else is asked: no role, no email, no account.
import { COLOURS, Limits, PICTURES, type Participant, cleanName, colourHex } from '@roundtable/shared'
import { type FormEvent, useId, useState } from 'react'

export type Appearance = Omit<Participant, 'id'>

export function IdentityForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Appearance
  submitLabel: string
  onSubmit: (appearance: Appearance) => void
  onCancel?: () => void
}) {
  const id = useId()
  const [name, setName] = useState(initial.name)
  const [colour, setColour] = useState(initial.colour)
  const [picture, setPicture] = useState(initial.picture)
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const clean = cleanName(name)
    if (!clean) {
      setError('Please type a name. Any name is fine.')
      return
    }
    onSubmit({ name: clean, colour, picture })
  }

  return (
    <form className="stack identity-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <p className="hint" id={`${id}-name-hint`}>
          Others see this name. It does not have to be your real name.
        </p>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={Limits.maxNameLength}
          autoComplete="off"
          aria-describedby={error ? `${id}-name-hint ${id}-name-error` : `${id}-name-hint`}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="error" id={`${id}-name-error`} role="alert">
            {error}
          </p>
        )}
      </div>

      <fieldset className="choices">
        <legend>Colour</legend>
        {COLOURS.map((option) => (
          <label key={option.id} className="choice">
            <input type="radio" name={`${id}-colour`} value={option.id} checked={colour === option.id} onChange={() => setColour(option.id)} />
            <span className="swatch" style={{ background: option.hex }} aria-hidden="true" />
            {option.label}
          </label>
        ))}
      </fieldset>

      <fieldset className="choices">
        <legend>Picture</legend>
        {PICTURES.map((option) => (
          <label key={option.emoji} className="choice">
            <input type="radio" name={`${id}-picture`} value={option.emoji} checked={picture === option.emoji} onChange={() => setPicture(option.emoji)} />
            <span className="emoji" aria-hidden="true">
              {option.emoji}
            </span>
            {option.label}
          </label>
        ))}
      </fieldset>

      <p className="preview" aria-live="polite">
        Others will see you as{' '}
        <span className="person-chip" style={{ borderColor: colourHex(colour) }}>
          <span className="person-picture" style={{ background: colourHex(colour) }} aria-hidden="true">
            {picture}
          </span>
          {cleanName(name) ?? '…'}
        </span>
      </p>

      <p className="actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  )
}
