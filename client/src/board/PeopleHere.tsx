// "People here": who is connected to the room right now, from awareness, once each, with
// "Follow" to see the board as another person sees it.
import { colourHex } from '@roundtable/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { type PersonHere, peopleHere } from '../sync/presence.ts'

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
  const people = usePeopleHere(awareness, selfId)
  return (
    <section className="people-here" aria-labelledby="people-here-title">
      <h2 id="people-here-title">People here</h2>
      <ul aria-label="People here" data-testid="people-here">
        {people.map(({ participant, isYou }) => (
          <li key={participant.id} data-testid="person">
            <span className="person-picture" style={{ background: colourHex(participant.colour) }} aria-hidden="true">
              {participant.picture}
            </span>
            <span className="person-name">{participant.name}</span>
            {isYou && <span className="you"> (you)</span>}
            {!isYou && onFollow && onStopFollowing && (
              following === participant.id ? (
                <button type="button" className="button secondary small" aria-label={`Stop following ${participant.name}`} onClick={onStopFollowing}>
                  Stop following
                </button>
              ) : (
                <button type="button" className="button secondary small" aria-label={`Follow ${participant.name}`} onClick={() => onFollow(participant.id)}>
                  Follow
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
