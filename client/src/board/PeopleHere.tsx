// "People here": who is connected to the room right now, from awareness, once each, with
// "Follow" to see the board as another person sees it.
import { colourHex } from '@roundtable/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { useT } from '../i18n/useT.ts'
import { type PersonHere, peopleHere } from '../sync/presence.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function PeopleHere({
  awareness,
  selfId,
  following,
  onFollow,
  onStopFollowing,
}: {
  awareness: Awareness
  selfId: string
  /** Whose view this person follows, or null. */
  following: string | null
  /** Missing while the canvas is not on screen. */
  onFollow?: (participantId: string) => void
  onStopFollowing?: () => void
}) {
  const t = useT()
  const people = usePeopleHere(awareness, selfId)
  return (
    <section className="people-here" aria-labelledby="people-here-title">
      <h2 id="people-here-title">{t('board.people.title')}</h2>
      <ul aria-labelledby="people-here-title" data-testid="people-here">
        {people.map(({ participant, isYou }) => (
          <li key={participant.id} data-testid="person">
            <span className="person-picture" style={{ background: colourHex(participant.colour) }} aria-hidden="true">
              {participant.picture}
            </span>
            <span className="person-name" dir="auto">
              {participant.name}
            </span>
            {isYou && <span className="you"> {t('board.people.you')}</span>}
            {!isYou && onFollow && onStopFollowing && (
              following === participant.id ? (
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('board.people.stopFollowingName', { name: participant.name })}
                  onClick={onStopFollowing}
                >
                  <ButtonPicture emoji="✋" />
                  {t('board.people.stopFollowing')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('board.people.followName', { name: participant.name })}
                  onClick={() => onFollow(participant.id)}
                >
                  <ButtonPicture emoji="👀" />
                  {t('board.people.follow')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

function usePeopleHere(awareness: Awareness, selfId: string): PersonHere[] {
  const last = useRef<{ key: string; people: PersonHere[] }>({ key: '', people: [] })
  const subscribe = useCallback(
    (changed: () => void) => {
      awareness.on('change', changed)
      return () => awareness.off('change', changed)
    },
    [awareness],
  )
  const read = useCallback(() => {
    const people = peopleHere(awareness.getStates(), selfId)
    const key = JSON.stringify(people)
    // The same array while the list is the same: pointers moving must not re-render it.
    if (key !== last.current.key) last.current = { key, people }
    return last.current.people
  }, [awareness, selfId])
  return useSyncExternalStore(subscribe, read)
}
