// "Suggest themes": groups of similar ideas, worked out in this browser from the ideas not
// yet in a theme, for the facilitator to accept (all, or one by one) or dismiss.
import { type Idea, type SuggestedTheme, suggestThemes } from '@roundtable/shared'
import { useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function SuggestThemes({
  ideas,
  themeIds,
  onAccept,
  onAnnounce,
}: {
  /** The ideas on the board that everyone can see. */
  ideas: readonly Idea[]
  themeIds: ReadonlySet<string>
  /** Makes one suggested theme with its ideas; null before the board has loaded. */
  onAccept: ((suggestion: SuggestedTheme) => string | null) | null
  onAnnounce: (text: string) => void
}) {
  const t = useT()
  const id = useId()
  const [suggestions, setSuggestions] = useState<SuggestedTheme[] | null>(null)
  const texts = new Map(ideas.map((idea) => [idea.id, idea.text.trim() || t('board.idea.empty')]))
  const unthemed = ideas.filter((idea) => idea.themeId === null || !themeIds.has(idea.themeId))

  const suggest = () => {
    const found = suggestThemes(unthemed.map((idea) => ({ id: idea.id, text: idea.text })))
    setSuggestions(found)
    onAnnounce(found.length === 0 ? t('facilitate.suggest.none') : t('facilitate.suggest.found', { count: found.length }))
  }

  const accept = (chosen: readonly SuggestedTheme[]) => {
    if (!onAccept) return
    // Ideas someone has put in a theme since stay where they are.
    const stillFree = new Set(unthemed.map((idea) => idea.id))
    let made = 0
    for (const suggestion of chosen) {
      if (onAccept({ name: suggestion.name, ideaIds: suggestion.ideaIds.filter((ideaId) => stillFree.has(ideaId)) })) made++
    }
    setSuggestions((list) => {
      const left = (list ?? []).filter((suggestion) => !chosen.includes(suggestion))
      return left.length === 0 ? null : left
    })
    onAnnounce(made === 1 ? t('facilitate.suggest.madeOne', { name: chosen[0]?.name ?? '' }) : t('facilitate.suggest.made', { count: made }))
  }

  const dismiss = (suggestion: SuggestedTheme) => {
    setSuggestions((list) => {
      const left = (list ?? []).filter((item) => item !== suggestion)
      return left.length === 0 ? null : left
    })
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-suggest`} data-testid="suggest-themes">
      <h3 id={`${id}-suggest`}>{t('facilitate.suggest.title')}</h3>
      <p className="hint" id={`${id}-hint`}>
        {t('facilitate.suggest.hint', { count: unthemed.length })}
      </p>
      <p className="actions">
        <button type="button" className="button secondary small" onClick={suggest} disabled={unthemed.length === 0} aria-describedby={`${id}-hint`}>
          <ButtonPicture emoji="✨" />
          {t('facilitate.suggest.button')}
        </button>
      </p>
      {suggestions && (
        <>
          <p className="actions">
            <button type="button" className="button primary small" onClick={() => accept(suggestions)} disabled={!onAccept}>
              <ButtonPicture emoji="✅" />
              {t('facilitate.suggest.acceptAll')}
            </button>
            <button type="button" className="button secondary small" onClick={() => setSuggestions(null)}>
              <ButtonPicture emoji="✖️" />
              {t('facilitate.suggest.dismissAll')}
            </button>
          </p>
          <ul className="suggestion-list" aria-labelledby={`${id}-suggest`} data-testid="suggestions">
            {suggestions.map((suggestion, index) => (
              <li key={`${index}-${suggestion.name}`} className="suggestion" data-testid="suggestion">
                <h4 id={`${id}-s${index}`} dir="auto">
                  {suggestion.name}
                </h4>
                <ul className="suggestion-ideas" aria-labelledby={`${id}-s${index}`}>
                  {suggestion.ideaIds.map((ideaId) => (
                    <li key={ideaId} dir="auto">
                      {texts.get(ideaId) ?? t('facilitate.suggest.gone')}
                    </li>
                  ))}
                </ul>
                <p className="actions">
                  <button
                    type="button"
                    className="button primary small"
                    aria-label={t('facilitate.suggest.acceptName', { name: suggestion.name })}
                    onClick={() => accept([suggestion])}
                    disabled={!onAccept}
                  >
                    <ButtonPicture emoji="✅" />
                    {t('facilitate.suggest.accept')}
                  </button>
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={t('facilitate.suggest.dismissName', { name: suggestion.name })}
                    onClick={() => dismiss(suggestion)}
                  >
                    <ButtonPicture emoji="✖️" />
                    {t('facilitate.suggest.dismiss')}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
