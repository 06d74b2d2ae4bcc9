// "Suggest themes": groups of similar ideas, worked out in this browser from the ideas not
// yet in a theme, for the facilitator to accept (all, or one by one) or dismiss.
import { type Idea, type SuggestedTheme, suggestThemes } from '@roundtable/shared'
import { useId, useState } from 'react'

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
  const id = useId()
  const [suggestions, setSuggestions] = useState<SuggestedTheme[] | null>(null)
  const texts = new Map(ideas.map((idea) => [idea.id, idea.text.trim() || 'An empty idea']))
  const unthemed = ideas.filter((idea) => idea.themeId === null || !themeIds.has(idea.themeId))

  const suggest = () => {
    const found = suggestThemes(unthemed.map((idea) => ({ id: idea.id, text: idea.text })))
    setSuggestions(found)
    onAnnounce(found.length === 0 ? 'No themes to suggest.' : `${found.length} suggested ${found.length === 1 ? 'theme' : 'themes'}.`)
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
    onAnnounce(made === 1 ? `Made the theme ${chosen[0]?.name ?? ''}.` : `Made ${made} themes.`)
  }

  const dismiss = (suggestion: SuggestedTheme) => {
    setSuggestions((list) => {
      const left = (list ?? []).filter((item) => item !== suggestion)
      return left.length === 0 ? null : left
    })
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-suggest`} data-testid="suggest-themes">
      <h3 id={`${id}-suggest`}>Suggested themes</h3>
      <p className="hint" id={`${id}-hint`}>
        Groups the {unthemed.length === 1 ? 'idea' : `${unthemed.length} ideas`} not yet in a theme by the words they share. This
        happens in your browser: nothing is sent anywhere.
      </p>
      <p className="actions">
        <button type="button" className="button secondary small" onClick={suggest} disabled={unthemed.length === 0} aria-describedby={`${id}-hint`}>
          Suggest themes
        </button>
      </p>
      {suggestions && (
        <>
          <p className="actions">
            <button type="button" className="button primary small" onClick={() => accept(suggestions)} disabled={!onAccept}>
              Accept all
            </button>
            <button type="button" className="button secondary small" onClick={() => setSuggestions(null)}>
              Dismiss all
            </button>
          </p>
          <ul className="suggestion-list" aria-label="Suggested themes" data-testid="suggestions">
            {suggestions.map((suggestion, index) => (
              <li key={`${index}-${suggestion.name}`} className="suggestion" data-testid="suggestion">
                <h4 id={`${id}-s${index}`}>{suggestion.name}</h4>
                <ul className="suggestion-ideas" aria-labelledby={`${id}-s${index}`}>
                  {suggestion.ideaIds.map((ideaId) => (
                    <li key={ideaId}>{texts.get(ideaId) ?? 'An idea no longer on the board'}</li>
                  ))}
                </ul>
                <p className="actions">
                  <button type="button" className="button primary small" aria-label={`Accept: ${suggestion.name}`} onClick={() => accept([suggestion])} disabled={!onAccept}>
                    Accept
                  </button>
                  <button type="button" className="button secondary small" aria-label={`Dismiss: ${suggestion.name}`} onClick={() => dismiss(suggestion)}>
                    Dismiss
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
