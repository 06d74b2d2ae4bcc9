// One theme in the Themes panel: its name as a heading, the ideas in it, Rename, Delete,
// and the names people have suggested for it.
import type { Idea } from '@roundtable/shared'
import { type FormEvent, useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
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
  const t = useT()
  const id = useId()
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(theme.name)
  const [error, setError] = useState<string | null>(null)

  const rename = (event: FormEvent) => {
    event.preventDefault()
    if (!actions.rename(theme.id, name)) return setError(t('themes.needName'))
    setRenaming(false)
    setError(null)
  }

  return (
    <li className="theme-item" data-testid="theme" data-theme-id={theme.id} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="theme-name">
        <span className={`theme-swatch colour-${theme.colour}`} aria-hidden="true" />
        <span dir="auto">{theme.name}</span>
      </h3>
      {ideas.length === 0 ? (
        <p className="hint">{t('themes.noIdeas')}</p>
      ) : (
        <ul className="theme-ideas" aria-label={t('themes.ideasIn', { name: theme.name })}>
          {ideas.map((idea) => (
            <IdeaRow key={idea.id} idea={idea} disabled={disabled} onMove={actions.requestMove} />
          ))}
        </ul>
      )}
      {renaming ? (
        <form className="inline-form" onSubmit={rename} noValidate>
          <label htmlFor={`${id}-rename`}>{t('themes.newNameFor', { name: theme.name })}</label>
          <input
            id={`${id}-rename`}
            dir="auto"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={60}
            autoComplete="off"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-rename-error` : undefined}
          />
          <button type="submit" className="button primary small">
            <ButtonPicture emoji="💾" />
            {t('themes.saveName')}
          </button>
          <button type="button" className="button secondary small" onClick={() => setRenaming(false)}>
            <ButtonPicture emoji="✖️" />
            {t('common.cancel')}
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
            aria-label={t('themes.renameName', { name: theme.name })}
            disabled={disabled}
            onClick={() => {
              setName(theme.name)
              setRenaming(true)
            }}
          >
            <ButtonPicture emoji="✏️" />
            {t('themes.rename')}
          </button>
          <button
            type="button"
            className="button secondary small"
            aria-label={t('themes.deleteName', { name: theme.name })}
            disabled={disabled}
            onClick={() => actions.requestDelete(theme.id)}
          >
            <ButtonPicture emoji="🗑️" />
            {t('themes.delete')}
          </button>
        </p>
      )}
      <NameProposals theme={theme} participantId={participantId} canSettle={canSettle} disabled={disabled} actions={actions} />
    </li>
  )
}
