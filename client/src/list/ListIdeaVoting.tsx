// An idea's votes in the list: "Vote" and "Take back my vote" while voting is open, this
// person's dots on it, and the count in words when counts are shown (as on the canvas card).
import { useLayoutEffect, useRef } from 'react'
import { useCardSession } from '../board/CardContext.tsx'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { dotsOn, offersVote } from '../voting/ballot.ts'

export function ListIdeaVoting({ ideaId, label }: { ideaId: string; label: string }) {
  const t = useT()
  const { session, ballot, tallies, vote, takeBack } = useCardSession()
  const voting = session.phase === 'vote'
  const tally = tallies?.get(ideaId) ?? 0
  const showTally = tallies !== null && (voting || session.phase === 'wrap-up' || tally > 0)
  const mine = dotsOn(ballot, ideaId)
  const offered = voting && offersVote(ballot, ideaId, session.voteSettings.multiplePerIdea)
  const voteButton = useRef<HTMLButtonElement>(null)
  const takeBackButton = useRef<HTMLButtonElement>(null)
  const clicked = useRef(false)

  // With one dot per idea, "Vote" goes once it is used and "Take back" once nothing is left
  // to take back: the keyboard moves to the button that is still there, not to the page's top.
  useLayoutEffect(() => {
    if (!clicked.current) return
    clicked.current = false
    if (document.activeElement && document.activeElement !== document.body) return
    ;(takeBackButton.current ?? voteButton.current)?.focus()
  }, [mine, offered])

  if (!voting && !showTally) return null
  return (
    <div className="list-idea-votes">
      {showTally && (
        <p className="list-idea-tally" data-testid="list-tally">
          {t('list.votes', { count: tally })}
        </p>
      )}
      {voting && mine > 0 && (
        <p className="list-idea-dots" data-testid="list-my-dots">
          <span aria-hidden="true">{'●'.repeat(Math.min(mine, 10))} </span>
          {t('list.myDots', { count: mine })}
        </p>
      )}
      {voting && (
        <p className="actions">
          {offered && (
            <button
              ref={voteButton}
              type="button"
              className="button primary"
              aria-label={t('list.voteFor', { idea: label })}
              onClick={() => {
                clicked.current = true
                vote(ideaId)
              }}
              data-testid="list-vote"
            >
              <ButtonPicture emoji="🗳️" />
              {t('list.vote')}
            </button>
          )}
          {mine > 0 && (
            <button
              ref={takeBackButton}
              type="button"
              className="button secondary"
              aria-label={t('list.takeBackFrom', { idea: label })}
              onClick={() => {
                clicked.current = true
                takeBack(ideaId)
              }}
              data-testid="list-take-back"
            >
              <ButtonPicture emoji="↩️" />
              {t('list.takeBack')}
            </button>
          )}
        </p>
      )}
    </div>
  )
}
