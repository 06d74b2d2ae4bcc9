// "Move to theme" on an idea card, beside its picture: the way to put an idea in a theme
// without dragging. Shown, like the card's other actions, when the card is selected or focused.
import { stopEventPropagation } from 'tldraw'
import { useT } from '../../i18n/useT.ts'
import { ButtonPicture } from '../../ui/ButtonPicture.tsx'
import { useCardSession } from '../CardContext.tsx'

export function MoveToThemeButton({ ideaId, text }: { ideaId: string; text: string }) {
  const t = useT()
  const { session, canModerate, themeCount, requestMove } = useCardSession()
  if (themeCount === 0 || (session.locked && !canModerate)) return null
  return (
    <button
      type="button"
      className="card-button move-to-theme"
      data-testid="move-to-theme"
      aria-label={t('board.idea.moveToThemeLabel', { idea: text.trim() || t('board.idea.emptyInLabel') })}
      onPointerDown={stopEventPropagation}
      onClick={() => requestMove(ideaId)}
    >
      <ButtonPicture emoji="📦" />
      {t('board.idea.moveToTheme')}
    </button>
  )
}
