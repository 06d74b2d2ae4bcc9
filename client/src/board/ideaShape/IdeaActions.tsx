// An idea card's quieter actions, shown when the card is selected or has keyboard focus:
// "Hide" for facilitators, and "Withdraw my idea" for its author.
import { stopEventPropagation } from 'tldraw'
import { useCardSession } from '../CardContext.tsx'

export function IdeaActions({ ideaId, text, authorId, hidden }: { ideaId: string; text: string; authorId: string; hidden: boolean }) {
  const { participantId, canModerate, setHidden, requestWithdraw } = useCardSession()
  const isMine = authorId === participantId
  if (!isMine && !canModerate) return null
  const label = text.trim() || 'an empty idea'
  return (
    <div className="idea-actions" onPointerDown={stopEventPropagation}>
      {canModerate && !hidden && (
        <button type="button" className="card-button" aria-label={`Hide: ${label}`} onClick={() => setHidden(ideaId, true)}>
          Hide
        </button>
      )}
      {isMine && (
        <button type="button" className="card-button" aria-label={`Withdraw my idea: ${label}`} onClick={() => requestWithdraw(ideaId)}>
          Withdraw my idea
        </button>
      )}
    </div>
  )
}
