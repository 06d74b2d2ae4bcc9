// An idea card's quieter actions, shown when the card is selected or has keyboard focus:
// "Hide" for facilitators, and "Withdraw my idea" for its author.
import { stopEventPropagation } from 'tldraw'
import { useT } from '../../i18n/useT.ts'
import { ButtonPicture } from '../../ui/ButtonPicture.tsx'
import { useCardSession } from '../CardContext.tsx'

export function IdeaActions({ ideaId, text, authorId, hidden }: { ideaId: string; text: string; authorId: string; hidden: boolean }) {
  const t = useT()
  const { participantId, canModerate, setHidden, requestWithdraw } = useCardSession()
  const isMine = authorId === participantId
  if (!isMine && !canModerate) return null
  const idea = text.trim() || t('board.idea.emptyInLabel')
  return (
    <div className="idea-actions" onPointerDown={stopEventPropagation}>
      {canModerate && !hidden && (
        <button type="button" className="card-button" aria-label={t('board.idea.hideLabel', { idea })} onClick={() => setHidden(ideaId, true)}>
          <ButtonPicture emoji="🙈" />
          {t('board.idea.hide')}
        </button>
      )}
      {isMine && (
        <button type="button" className="card-button" aria-label={t('board.idea.withdrawLabel', { idea })} onClick={() => requestWithdraw(ideaId)}>
          <ButtonPicture emoji="🗑️" />
          {t('board.idea.withdraw')}
        </button>
      )}
    </div>
  )
}
