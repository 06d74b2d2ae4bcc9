// An idea card's voting row during the Vote phase: "Vote", this person's dots on it,
// "Take back", and the count when counts are shown.
import { stopEventPropagation } from 'tldraw'
import { dotsOn, offersVote, votesText } from '../../voting/ballot.ts'
import { useCardSession } from '../CardContext.tsx'

export function IdeaVoting({ ideaId, text }: { ideaId: string; text: string }) {
  const { session, ballot, tallies, vote, takeBack } = useCardSession()
  const voting = session.phase === 'vote'
  const tally = tallies?.get(ideaId) ?? 0
  const showTally = tallies !== null && (voting || session.phase === 'wrap-up' || tally > 0)
  if (!voting && !showTally) return null
  const mine = dotsOn(ballot, ideaId)
  const label = text.trim() || 'an empty idea'
  return (
    <div className="idea-voting" onPointerDown={stopEventPropagation}>
      {voting && offersVote(ballot, ideaId, session.voteSettings.multiplePerIdea) && (
        <button type="button" className="card-button vote" data-testid="vote-button" aria-label={`Vote for: ${label}`} onClick={() => vote(ideaId)}>
          Vote
        </button>
      )}
      {voting && mine > 0 && (
        <>
          <span className="my-dots" data-testid="my-dots">
            <span aria-hidden="true">{'●'.repeat(Math.min(mine, 10))}</span>
            <span className="visually-hidden">{mine === 1 ? 'Your dot is on this idea' : `Your ${mine} dots are on this idea`}</span>
          </span>
          <button
            type="button"
            className="card-button"
            data-testid="take-back-button"
            aria-label={`Take back a dot from: ${label}`}
            onClick={() => takeBack(ideaId)}
          >
            Take back
          </button>
        </>
      )}
      {showTally && (
        <span className="tally" data-testid="tally">
          {votesText(tally)}
        </span>
      )}
    </div>
  )
}
