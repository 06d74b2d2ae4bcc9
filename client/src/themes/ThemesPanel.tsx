// The Themes panel: "New theme", every theme with its ideas, the ideas in no theme, and a
// link to the easy-read summary. Everything here also works without the canvas.
import type { Idea } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Link } from '../ui/Link.tsx'
import { IdeaRow } from './IdeaRow.tsx'
import { type ThemeActions, ThemeItem } from './ThemeItem.tsx'
import type { ThemeWithProposals } from './useThemes.ts'

export function ThemesPanel({
  themes,
  ideas,
  participantId,
  canSettle,
  disabledReason,
  canMakeThemes,
  onNewTheme,
  actions,
  easyReadPath,
}: {
  themes: readonly ThemeWithProposals[]
  /** The ideas this person can see. */
  ideas: readonly Idea[]
  participantId: string
  /** A facilitator: "Use this name" on proposed names. */
  canSettle: boolean
  /** Why nothing here can be changed now (a locked board), or null. */
  disabledReason: string | null
  /** False until the canvas is ready to show a new theme. */
  canMakeThemes: boolean
  onNewTheme: () => void
  actions: ThemeActions
  easyReadPath: string
}) {
  const t = useT()
  const disabled = disabledReason !== null
  const known = new Set(themes.map((theme) => theme.id))
  const unthemed = ideas.filter((idea) => idea.themeId === null || !known.has(idea.themeId))
  return (
    <section className="themes-panel" id="themes-panel" aria-labelledby="themes-title" data-testid="themes-panel">
      <h2 id="themes-title">{t('themes.title')}</h2>
      <p className="actions">
        <button
          type="button"
          className="button primary small"
          onClick={onNewTheme}
          disabled={!canMakeThemes || disabled}
          aria-describedby={disabled ? 'themes-disabled' : undefined}
        >
          <ButtonPicture emoji="➕" />
          {t('themes.new')}
        </button>
      </p>
      {disabledReason && (
        <p className="hint" id="themes-disabled">
          {disabledReason}
        </p>
      )}
      {themes.length === 0 ? (
        <p className="hint">{t('themes.none')}</p>
      ) : (
        <ul className="theme-list">
          {themes.map((theme) => (
            <ThemeItem
              key={theme.id}
              theme={theme}
              ideas={ideas.filter((idea) => idea.themeId === theme.id)}
              participantId={participantId}
              canSettle={canSettle}
              disabled={disabled}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {themes.length > 0 && unthemed.length > 0 && (
        <section className="theme-item no-theme" aria-labelledby="no-theme-title" data-testid="no-theme">
          <h3 id="no-theme-title">{t('themes.noTheme')}</h3>
          <ul className="theme-ideas" aria-label={t('themes.ideasInNoTheme')}>
            {unthemed.map((idea) => (
              <IdeaRow key={idea.id} idea={idea} disabled={disabled} onMove={actions.requestMove} />
            ))}
          </ul>
        </section>
      )}
      <p className="easy-read-link">
        <Link href={easyReadPath}>{t('themes.easyReadLink')}</Link>
      </p>
    </section>
  )
}
