// "Add your idea": a big box for the words, the picture the idea carries, Send, and a
// status line saying where the last idea is — on the board, or saved on this phone.
import { Limits } from '@roundtable/shared'
import { type FormEvent, useId, useRef, useState } from 'react'
import type { MessageKey } from '../i18n/catalogs.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import type { OutboxState } from './outbox.ts'
import { PicturePicker } from './PicturePicker.tsx'

const STATUS_WORDS: Record<OutboxState, MessageKey> = {
  sent: 'phone.status.sent',
  waiting: 'phone.status.saved',
  private: 'phone.status.private',
}

export function IdeaComposer({
  picture,
  onPictureChange,
  lockedReason,
  lastSent,
  onSend,
}: {
  picture: string
  onPictureChange: (emoji: string) => void
  /** Why Send cannot be used now, or null when it can. */
  lockedReason: string | null
  /** Where the idea sent last is now, or null before this page sent one. */
  lastSent: OutboxState | null
  /** Saves and sends the idea; returns null when there was nothing to send. */
  onSend: (text: string, picture: string) => string | null
}) {
  const t = useT()
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  const [missing, setMissing] = useState(false)
  const [sends, setSends] = useState(0)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (lockedReason) return
    if (onSend(text, picture) === null) {
      setMissing(true)
      box.current?.focus()
      return
    }
    setText('')
    setMissing(false)
    setSends((count) => count + 1)
  }

  const described = [`${id}-hint`, missing ? `${id}-missing` : null].filter(Boolean).join(' ')
  return (
    <form className="phone-composer" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-idea`}>{t('phone.idea.label')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('phone.idea.hint')}
        </p>
        <textarea
          ref={box}
          id={`${id}-idea`}
          className="phone-idea-box"
          rows={4}
          dir="auto"
          value={text}
          maxLength={Limits.maxIdeaLength}
          aria-describedby={described}
          aria-invalid={missing ? true : undefined}
          data-testid="phone-idea-text"
          onChange={(event) => {
            setText(event.target.value)
            if (missing && event.target.value.trim() !== '') setMissing(false)
          }}
        />
        {missing && (
          <p className="error" id={`${id}-missing`} role="alert">
            {t('phone.idea.missing')}
          </p>
        )}
      </div>
      <PicturePicker value={picture} onChange={onPictureChange} />
      {lockedReason && (
        <p className="phone-locked" id={`${id}-locked`}>
          <span aria-hidden="true">🔒 </span>
          {lockedReason}
        </p>
      )}
      <button
        type="submit"
        className="button primary phone-send"
        disabled={lockedReason !== null}
        aria-describedby={lockedReason ? `${id}-locked` : undefined}
        data-testid="phone-send"
      >
        <ButtonPicture emoji="📨" />
        {t('phone.send')}
      </button>
      <p className={`phone-status${lastSent ? ` is-${lastSent}` : ''}`} role="status" aria-live="polite" data-testid="phone-status">
        {lastSent && t(STATUS_WORDS[lastSent])}
        {/* A second "Sent" in a row is still a change, so a screen reader says it again. */}
        {sends % 2 === 1 ? '\u00a0' : ''}
      </p>
    </form>
  )
}
