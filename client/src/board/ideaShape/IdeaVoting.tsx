// An idea card's voting row during the Vote phase: "Vote", this person's dots on it,
// "Take back", and the count when counts are shown.
import { stopEventPropagation } from 'tldraw'
import { useT } from '../../i18n/useT.ts'
import { ButtonPicture } from '../../ui/ButtonPicture.tsx'
import { dotsOn, offersVote, votesText } from '../../voting/ballot.ts'
import { useCardSession } from '../CardContext.tsx'

export function IdeaVoting({ ideaId, text }: { ideaId: string; text: string }) {
  const t = useT()
  const { session, ballot, tallies, vote, takeBack } = useCardSession()
  const voting = session.phase === 'vote'
  const tally = tallies?.get(ideaId) ?? 0
  const showTally = tallies !== null && (voting || session.phase === 'wrap-up' || tally > 0)
  if (!voting && !showTally) return null
  const mine = dotsOn(ballot, ideaId)
  const idea = text.trim() || t('board.idea.emptyInLabel')
  return (
    <div className="idea-voting" onPointerDown={stopEventPropagation}>
      {voting && offersVote(ballot, ideaId, session.voteSettings.multiplePerIdea) && (
        <button type="button" className="card-button vote" data-testid="vote-button" aria-label={t('board.vote.voteFor', { idea })} onClick={() => vote(ideaId)}>
          <ButtonPicture emoji="🗳️" />
          {t('board.vote.vote')}
        </button>
      )}
      {voting && mine > 0 && (
        <>
          <span className="my-dots" data-testid="my-dots">
            <span aria-hidden="true">{'●'.repeat(Math.min(mine, 10))}</span>
            <span className="visually-hidden">{t('board.vote.myDots', { count: mine })}</span>
          </span>
          <button
            type="button"
            className="card-button"
            data-testid="take-back-button"
            aria-label={t('board.vote.takeBackFrom', { idea })}
            onClick={() => takeBack(ideaId)}
          >
            <ButtonPicture emoji="↩️" />
            {t('board.vote.takeBack')}
          </button>
        </>
      )}
      {showTally && (
        <span className="tally" data-testid="tally">
          {votesText(tally, t)}
        </span>
      )}
    </div>
  )
}
