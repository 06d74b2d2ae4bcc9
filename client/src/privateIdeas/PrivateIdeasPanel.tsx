// "Your private ideas": while private writing is on, new ideas stay here, in this browser
// only, until they are revealed. Add, change or delete them; nothing here is sent anywhere.
import { Limits } from '@roundtable/shared'
import { type FormEvent, type Ref, useId, useState } from 'react'
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
  const id = useId()
  const [draft, setDraft] = useState('')
  const [status, setStatus] = useState('')

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (draft.trim() === '') return setStatus('Please write your idea first.')
    onAdd(draft)
    setDraft('')
    setStatus('Your idea is saved here. Only you can see it.')
  }

  return (
    <section className="private-ideas" aria-labelledby={`${id}-title`} data-testid="private-ideas">
      <h2 id={`${id}-title`}>
        Your private ideas <span className="heading-note">— only you can see these until they are revealed</span>
      </h2>
      {writing && (
        <form className="private-add" onSubmit={add}>
          <label htmlFor={`${id}-text`}>Private idea text</label>
          <textarea
            id={`${id}-text`}
            ref={textBox}
            rows={3}
            value={draft}
            maxLength={Limits.maxIdeaLength}
            onChange={(event) => setDraft(event.target.value)}
            disabled={disabledReason !== null}
            aria-describedby={disabledReason ? `${id}-reason` : undefined}
          />
          {disabledReason && (
            <p className="hint" id={`${id}-reason`}>
              {disabledReason}
            </p>
          )}
          <button type="submit" className="button primary" disabled={disabledReason !== null}>
            Add private idea
          </button>
        </form>
      )}
      {!writing && ideas.length > 0 && <p className="hint">These go on the board as soon as the board is reachable.</p>}
      {ideas.length === 0 ? (
        <p className="hint">You have no private ideas yet.</p>
      ) : (
        <ul className="private-list" aria-label="Your private ideas">
          {ideas.map((idea) => (
            <PrivateIdeaItem key={idea.id} idea={idea} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {status}
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
          <label htmlFor={`${id}-edit`}>Change private idea</label>
          <textarea id={`${id}-edit`} rows={3} value={text} maxLength={Limits.maxIdeaLength} onChange={(e) => setText(e.target.value)} autoFocus />
          <p className="actions">
            <button type="submit" className="button primary">
              Save
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </p>
        </form>
      </li>
    )
  }

  return (
    <li className="private-idea" data-testid="private-idea">
      <p className="private-idea-text">{idea.text}</p>
      <p className="actions">
        <button
          type="button"
          className="button secondary small"
          aria-label={`Change: ${idea.text}`}
          onClick={() => {
            setText(idea.text)
            setEditing(true)
          }}
        >
          Change
        </button>
        <button type="button" className="button secondary small" aria-label={`Delete: ${idea.text}`} onClick={() => onDelete(idea.id)}>
          Delete
        </button>
      </p>
    </li>
  )
}
