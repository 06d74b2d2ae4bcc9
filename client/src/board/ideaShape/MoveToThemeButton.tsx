// "Move to theme" on an idea card, beside its picture: the way to put an idea in a theme
// without dragging. Shown, like the card's other actions, when the card is selected or focused.
import { stopEventPropagation } from 'tldraw'
import { useCardSession } from '../CardContext.tsx'

export function MoveToThemeButton({ ideaId, text }: { ideaId: string; text: string }) {
  const { session, canModerate, themeCount, requestMove } = useCardSession()
  if (themeCount === 0 || (session.locked && !canModerate)) return null
  return (
    <button
      type="button"
      className="card-button move-to-theme"
      data-testid="move-to-theme"
      aria-label={`Move to theme: ${text.trim() || 'an empty idea'}`}
      onPointerDown={stopEventPropagation}
      onClick={() => requestMove(ideaId)}
    >
      Move to theme
    </button>
  )
}
