// After starting a room: the participant link, the join code and the private facilitator
// link, each with a copy button, and a way into the room as its facilitator.
import { formatJoinCode } from '@roundtable/shared'
import { useEffect, useId, useRef } from 'react'
import type { CreatedRoom } from '../api/roomsApi.ts'
import { CopyButton } from '../ui/CopyButton.tsx'
import { Link } from '../ui/Link.tsx'

export function RoomReady({
  room,
  onStartAnother,
  heading = 'Your room is ready',
  againLabel = 'Start another room',
}: {
  room: CreatedRoom
  onStartAnother: () => void
  heading?: string
  againLabel?: string
}) {
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const participantLink = new URL(room.participantPath, window.location.origin).href
  const facilitatorLink = new URL(room.facilitatorPath, window.location.origin).href
  const code = formatJoinCode(room.code)

  return (
    <div className="stack room-ready" data-testid="room-ready">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
        {room.title ? `: ${room.title}` : ''}
      </h3>

      <section className="share" aria-labelledby={`${id}-share-link`}>
        <h4 id={`${id}-share-link`}>Link for participants</h4>
        <p>Share this link with everyone taking part.</p>
        <p className="share-value">
          <a href={participantLink} data-testid="participant-link">
            {participantLink}
          </a>
        </p>
        <CopyButton text={participantLink} label="Copy participant link" />
      </section>

      <section className="share" aria-labelledby={`${id}-share-code`}>
        <h4 id={`${id}-share-code`}>Join code</h4>
        <p>People can type this code on the Roundtable home page.</p>
        <p className="join-code" data-testid="join-code">
          {code}
        </p>
        <CopyButton text={code} label="Copy join code" />
      </section>

      <section className="share private" aria-labelledby={`${id}-share-facilitator`}>
        <h4 id={`${id}-share-facilitator`}>Facilitator link</h4>
        <p>
          This link lets you facilitate the room. <strong>Keep it private</strong>: anyone who has it can facilitate. Share it
          only with people who will run the workshop with you.
        </p>
        <p className="share-value">
          <a href={facilitatorLink} data-testid="facilitator-link">
            {facilitatorLink}
          </a>
        </p>
        <CopyButton text={facilitatorLink} label="Copy facilitator link" />
      </section>

      <p className="actions">
        <Link href={room.facilitatorPath} className="button primary">
          Open the room
        </Link>
        <button type="button" className="button secondary" onClick={onStartAnother}>
          {againLabel}
        </button>
      </p>
    </div>
  )
}
