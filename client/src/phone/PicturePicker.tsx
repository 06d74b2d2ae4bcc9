// The pictures an idea can carry, as one group of large radio buttons, each with its name.
import { PICTURES } from '@roundtable/shared'
import { useId } from 'react'
import { useT } from '../i18n/useT.ts'
import { pictureWord } from '../room/appearanceWords.ts'

export function PicturePicker({ value, onChange }: { value: string; onChange: (emoji: string) => void }) {
  const t = useT()
  const id = useId()
  return (
    <fieldset className="phone-pictures" aria-describedby={`${id}-hint`}>
      <legend>{t('phone.picture.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('phone.picture.hint')}
      </p>
      <div className="phone-picture-grid">
        {PICTURES.map((picture) => (
          <label key={picture.emoji} className="phone-picture">
            <input
              type="radio"
              name={`${id}-picture`}
              value={picture.emoji}
              checked={value === picture.emoji}
              onChange={() => onChange(picture.emoji)}
            />
            <span className="phone-picture-emoji" aria-hidden="true">
              {picture.emoji}
            </span>
            <span className="phone-picture-name">{pictureWord(picture.emoji, t)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
