// Agreeing a theme's name: anyone suggests another name and supports the names they like;
// a facilitator settles on one with "Use this name".
import { type FormEvent, useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import type { ThemeWithProposals } from './useThemes.ts'

export interface NameActions {
  propose(themeId: string, name: string): boolean
  support(proposalId: string, supported: boolean): void
  settle(themeId: string, name: string): void
}

export function NameProposals({
  theme,
  participantId,
  canSettle,
  disabled,
  actions,
}: {
  theme: ThemeWithProposals
  participantId: string
  canSettle: boolean
  disabled: boolean
  actions: NameActions
}) {
  const t = useT()
  const id = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return setError(t('themes.proposals.writeFirst'))
    if (!actions.propose(theme.id, name)) return setError(t('themes.proposals.notAdded'))
    setName('')
    setError(null)
  }

  return (
    <div className="name-proposals" data-testid="name-proposals">
      {theme.proposals.length > 0 && (
        <ul className="proposal-list" aria-label={t('themes.proposals.otherNames', { name: theme.name })}>
          {theme.proposals.map((proposal) => {
            const mine = proposal.supporters.includes(participantId)
            const count = proposal.supporters.length
            return (
              <li key={proposal.id} data-testid="name-proposal">
                <button
                  type="button"
                  className="button secondary small"
                  aria-pressed={mine}
                  disabled={disabled}
                  onClick={() => actions.support(proposal.id, !mine)}
                >
                  <ButtonPicture emoji="👍" />
                  {t('themes.proposals.support', { name: proposal.name })}
                </button>
                <span className="support-count" data-testid="support-count">
                  {t('themes.proposals.supporters', { count })}
                </span>
                {canSettle && (
                  <button type="button" className="button secondary small" disabled={disabled} onClick={() => actions.settle(theme.id, proposal.name)}>
                    <ButtonPicture emoji="✅" />
                    {t('themes.proposals.useName', { name: proposal.name })}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <form className="inline-form propose-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-name`}>{t('themes.proposals.anotherName', { name: theme.name })}</label>
        <input
          id={`${id}-name`}
          dir="auto"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={60}
          autoComplete="off"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button secondary small" disabled={disabled}>
          <ButtonPicture emoji="💬" />
          {t('themes.proposals.suggest')}
        </button>
        {error && (
          <p className="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  )
}
