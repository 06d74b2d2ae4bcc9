// "Add an idea" at the top of the list: write, press Enter (Shift and Enter for a new line),
// and the idea goes straight onto the board. The box empties and keeps focus for the next one.
// While private writing is on, new ideas go to the private box instead, so this points there.
import { Limits } from '@roundtable/shared'
import { type FormEvent, type KeyboardEvent, type Ref, useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function AddIdeaForm({
  onAdd,
  lockedReason,
  privateWriting,
  onGoToPrivate,
  textBox,
}: {
  onAdd: (text: string) => void
  /** Why nobody can add ideas now (a locked board), or null. */
  lockedReason: string | null
  privateWriting: boolean
  onGoToPrivate: () => void
  textBox: Ref<HTMLTextAreaElement>
}) {
  const t = useT()
  const id = useId()
  const [draft, setDraft] = useState('')
  const [status, setStatus] = useState({ text: '', problem: false, count: 0 })
  const locked = lockedReason !== null

  const say = (text: string, problem: boolean) => setStatus((last) => ({ text, problem, count: last.count + 1 }))

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (locked) return
    if (draft.trim() === '') return say(t('list.add.empty'), true)
    onAdd(draft)
    setDraft('')
    say(t('list.add.done'), false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an input method is still composing a word belongs to the input method.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    event.currentTarget.form?.requestSubmit()
  }

  const describedBy = [locked ? `${id}-locked` : `${id}-hint`, status.problem ? `${id}-status` : ''].filter(Boolean).join(' ')
  return (
    <div className="list-add" data-testid="list-add">
      <h2 id={`${id}-title`}>{t('list.add.title')}</h2>
      {privateWriting ? (
        <>
          <p>{t('list.add.private')}</p>
          <p className="actions">
            <button type="button" className="button secondary" onClick={onGoToPrivate}>
              <ButtonPicture emoji="🔒" />
              {t('list.add.privateButton')}
            </button>
          </p>
        </>
      ) : (
        <form className="list-add-form" onSubmit={add} aria-labelledby={`${id}-title`} noValidate>
          <label htmlFor={`${id}-text`}>{t('list.add.label')}</label>
          <textarea
            id={`${id}-text`}
            ref={textBox}
            rows={2}
            dir="auto"
            value={draft}
            maxLength={Limits.maxIdeaLength}
            disabled={locked}
            aria-invalid={status.problem || undefined}
            aria-describedby={describedBy}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            data-testid="list-add-text"
          />
          {locked ? (
            <p className="hint" id={`${id}-locked`}>
              {lockedReason}
            </p>
          ) : (
            <p className="hint" id={`${id}-hint`}>
              {t('list.add.hint')}
            </p>
          )}
          <p className="actions">
            <button type="submit" className="button primary" disabled={locked} data-testid="list-add-button">
              <ButtonPicture emoji="➕" />
              {t('list.add.button')}
            </button>
          </p>
        </form>
      )}
      <p className={status.problem ? 'error' : 'list-add-done'} id={`${id}-status`} role="status">
        {status.text}
        {status.count % 2 === 1 ? '\u00a0' : ''}
      </p>
    </div>
  )
}
