// One theme in the Themes panel: its name as a heading, the ideas in it, Rename, Delete,
// and the names people have suggested for it.
import type { Idea } from '@roundtable/shared'
import { type FormEvent, useId, useState } from 'react'
import { IdeaRow } from './IdeaRow.tsx'
import { type NameActions, NameProposals } from './NameProposals.tsx'
import type { ThemeWithProposals } from './useThemes.ts'

export interface ThemeActions extends NameActions {
  rename(themeId: string, name: string): boolean
  requestDelete(themeId: string): void
  requestMove(ideaId: string): void
}

export function ThemeItem({
  theme,
  ideas,
  participantId,
  canSettle,
  disabled,
  actions,
}: {
  theme: ThemeWithProposals
  ideas: readonly Idea[]
  participantId: string
  canSettle: boolean
  disabled: boolean
  actions: ThemeActions
}) {
  const id = useId()
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(theme.name)
  const [error, setError] = useState<string | null>(null)

  const rename = (event: FormEvent) => {
    event.preventDefault()
    if (!actions.rename(theme.id, name)) return setError('Give the theme a name.')
    setRenaming(false)
    setError(null)
  }

  return (
    <li className="theme-item" data-testid="theme" data-theme-id={theme.id} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="theme-name">
        <span className={`theme-swatch colour-${theme.colour}`} aria-hidden="true" />
        {theme.name}
      </h3>
      {ideas.length === 0 ? (
        <p className="hint">No ideas in this theme yet.</p>
      ) : (
        <ul className="theme-ideas" aria-label={`Ideas in ${theme.name}`}>
          {ideas.map((idea) => (
            <IdeaRow key={idea.id} idea={idea} disabled={disabled} onMove={actions.requestMove} />
          ))}
        </ul>
      )}
      {renaming ? (
        <form className="inline-form" onSubmit={rename} noValidate>
          <label htmlFor={`${id}-rename`}>New name for {theme.name}</label>
          <input
            id={`${id}-rename`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={60}
            autoComplete="off"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-rename-error` : undefined}
          />
          <button type="submit" className="button primary small">
            Save name
          </button>
          <button type="button" className="button secondary small" onClick={() => setRenaming(false)}>
            Cancel
          </button>
          {error && (
            <p className="error" id={`${id}-rename-error`} role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p className="actions">
          <button
            type="button"
            className="button secondary small"
            aria-label={`Rename ${theme.name}`}
            disabled={disabled}
            onClick={() => {
              setName(theme.name)
              setRenaming(true)
            }}
          >
            Rename
          </button>
          <button type="button" className="button secondary small" aria-label={`Delete ${theme.name}`} disabled={disabled} onClick={() => actions.requestDelete(theme.id)}>
            Delete
          </button>
        </p>
      )}
      <NameProposals theme={theme} participantId={participantId} canSettle={canSettle} disabled={disabled} actions={actions} />
    </li>
  )
}
