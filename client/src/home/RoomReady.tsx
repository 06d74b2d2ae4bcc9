// After starting a room: the participant link, the join code and the private facilitator
// link, each with a copy button, and a way into the room as its facilitator.
import { formatJoinCode } from '@roundtable/shared'
import { useEffect, useId, useRef } from 'react'
import type { CreatedRoom } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { CopyButton } from '../ui/CopyButton.tsx'
import { Link } from '../ui/Link.tsx'

export function RoomReady({
  room,
  onStartAnother,
  heading,
  againLabel,
}: {
  room: CreatedRoom
  onStartAnother: () => void
  /** Defaults to "Your room is ready". */
  heading?: string
  /** Defaults to "Start another room". */
  againLabel?: string
}) {
  const t = useT()
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const participantLink = new URL(room.participantPath, window.location.origin).href
  const facilitatorLink = new URL(room.facilitatorPath, window.location.origin).href
  const code = formatJoinCode(room.code)

  return (
    <div className="stack room-ready" data-testid="room-ready">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading ?? t('home.ready.heading')}
        {room.title && (
          <>
            : <bdi>{room.title}</bdi>
          </>
        )}
      </h3>

      <section className="share" aria-labelledby={`${id}-share-link`}>
        <h4 id={`${id}-share-link`}>{t('home.ready.participantHeading')}</h4>
        <p>{t('home.ready.participantText')}</p>
        <p className="share-value">
          <a href={participantLink} data-testid="participant-link" dir="ltr">
            {participantLink}
          </a>
        </p>
        <CopyButton text={participantLink} label={t('home.ready.copyParticipant')} />
      </section>

      <section className="share" aria-labelledby={`${id}-share-code`}>
        <h4 id={`${id}-share-code`}>{t('home.ready.codeHeading')}</h4>
        <p>{t('home.ready.codeText')}</p>
        <p className="join-code" data-testid="join-code">
          <bdi dir="ltr">{code}</bdi>
        </p>
        <CopyButton text={code} label={t('home.ready.copyCode')} />
      </section>

      <section className="share private" aria-labelledby={`${id}-share-facilitator`}>
        <h4 id={`${id}-share-facilitator`}>{t('home.ready.facilitatorHeading')}</h4>
        <p>
          {t('home.ready.facilitatorText')} <strong>{t('home.ready.keepPrivate')}</strong> {t('home.ready.facilitatorWarning')}
        </p>
        <p className="share-value">
          <a href={facilitatorLink} data-testid="facilitator-link" dir="ltr">
            {facilitatorLink}
          </a>
        </p>
        <CopyButton text={facilitatorLink} label={t('home.ready.copyFacilitator')} />
      </section>

      <p className="actions">
        <Link href={room.facilitatorPath} className="button primary">
          <ButtonPicture emoji="🚪" />
          {t('home.ready.open')}
        </Link>
        <button type="button" className="button secondary" onClick={onStartAnother}>
          <ButtonPicture emoji="🔁" />
          {againLabel ?? t('home.ready.again')}
        </button>
      </p>
    </div>
  )
}
