// "Your private ideas": while private writing is on, new ideas stay here, in this browser
// only, until they are revealed. Add, change or delete them; nothing here is sent anywhere.
import { Limits } from '@roundtable/shared'
import { type FormEvent, type Ref, useId, useState } from 'react'
import type { MessageKey } from '../i18n/catalogs.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import type { PrivateIdea } from './privateDrafts.ts'

export function PrivateIdeasPanel({
  ideas,
  writing,
  disabledReason,
  textBox,
  onAdd,
  onEdit,
  onDelete,
}: {
  ideas: readonly PrivateIdea[]
  /** Private writing is on, so new ideas can be added here. */
  writing: boolean
  /** Why adding is not possible now (the board is locked), or null. */
  disabledReason: string | null
  textBox: Ref<HTMLTextAreaElement>
  onAdd: (text: string) => void
  onEdit: (id: string, text: string) => void
  onDelete: (id: string) => void
}) {
  const t = useT()
  const id = useId()
  const [draft, setDraft] = useState('')
  const [status, setStatus] = useState<MessageKey | null>(null)

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (draft.trim() === '') return setStatus('session.private.writeFirst')
    onAdd(draft)
    setDraft('')
    setStatus('session.private.saved')
  }

  return (
    <section className="private-ideas" aria-labelledby={`${id}-title`} data-testid="private-ideas">
      <h2 id={`${id}-title`}>
        {t('session.private.heading')} <span className="heading-note">— {t('session.private.note')}</span>
      </h2>
      {writing && (
        <form className="private-add" onSubmit={add}>
          <label htmlFor={`${id}-text`}>{t('session.private.text')}</label>
          <textarea
            id={`${id}-text`}
            ref={textBox}
            rows={3}
            value={draft}
            maxLength={Limits.maxIdeaLength}
            onChange={(event) => setDraft(event.target.value)}
            disabled={disabledReason !== null}
            dir="auto"
            aria-describedby={disabledReason ? `${id}-reason` : undefined}
          />
          {disabledReason && (
            <p className="hint" id={`${id}-reason`}>
              {disabledReason}
            </p>
          )}
          <button type="submit" className="button primary" disabled={disabledReason !== null}>
            <ButtonPicture emoji="➕" />
            {t('session.private.add')}
          </button>
        </form>
      )}
      {!writing && ideas.length > 0 && <p className="hint">{t('session.private.pending')}</p>}
      {ideas.length === 0 ? (
        <p className="hint">{t('session.private.none')}</p>
      ) : (
        <ul className="private-list" aria-label={t('session.private.heading')}>
          {ideas.map((idea) => (
            <PrivateIdeaItem key={idea.id} idea={idea} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {status ? t(status) : ''}
      </p>
    </section>
  )
}

function PrivateIdeaItem({
  idea,
  onEdit,
  onDelete,
}: {
  idea: PrivateIdea
  onEdit: (id: string, text: string) => void
  onDelete: (id: string) => void
}) {
  const t = useT()
  const id = useId()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(idea.text)

  if (editing) {
    const save = (event: FormEvent) => {
      event.preventDefault()
      onEdit(idea.id, text)
      setEditing(false)
    }
    return (
      <li className="private-idea" data-testid="private-idea">
        <form onSubmit={save}>
          <label htmlFor={`${id}-edit`}>{t('session.private.edit')}</label>
          <textarea
            id={`${id}-edit`}
            rows={3}
            value={text}
            maxLength={Limits.maxIdeaLength}
            onChange={(e) => setText(e.target.value)}
            dir="auto"
            autoFocus
          />
          <p className="actions">
            <button type="submit" className="button primary">
              <ButtonPicture emoji="💾" />
              {t('common.save')}
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              <ButtonPicture emoji="✖️" />
              {t('common.cancel')}
            </button>
          </p>
        </form>
      </li>
    )
  }

  return (
    <li className="private-idea" data-testid="private-idea">
      <p className="private-idea-text" dir="auto">
        {idea.text}
      </p>
      <p className="actions">
        <button
          type="button"
          className="button secondary small"
          aria-label={t('session.private.changeThis', { text: idea.text })}
          onClick={() => {
            setText(idea.text)
            setEditing(true)
          }}
        >
          <ButtonPicture emoji="✏️" />
          {t('common.change')}
        </button>
        <button
          type="button"
          className="button secondary small"
          aria-label={t('session.private.deleteThis', { text: idea.text })}
          onClick={() => onDelete(idea.id)}
        >
          <ButtonPicture emoji="🗑️" />
          {t('common.delete')}
        </button>
      </p>
    </li>
  )
}
