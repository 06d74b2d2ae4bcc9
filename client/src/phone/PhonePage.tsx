// The phone's way in: the room's question, what the group is doing now, a big box to write
// an idea, a picture for it and Send. Ideas are saved on the phone first and go onto the
// board when it can take them, so a weak signal never loses one. The canvas never loads here.
import { type Participant, colourHex } from '@roundtable/shared'
import { useEffect, useState } from 'react'
import type { ParticipantApi } from '../api/participantApi.ts'
import type { RoomInfo } from '../api/roomsApi.ts'
import { useParticipantRecord } from '../board/useParticipantRecord.ts'
import { useRoomConnection } from '../board/useRoomConnection.ts'
import { type ConnectionState, STATUS_KEYS } from '../connection/connectionStatus.ts'
import type { MessageKey } from '../i18n/catalogs.ts'
import { useT } from '../i18n/useT.ts'
import { IdentityDialog } from '../room/IdentityDialog.tsx'
import type { Appearance } from '../room/IdentityForm.tsx'
import { RoomMissing } from '../room/RoomProblems.tsx'
import { roomPath } from '../routing/route.ts'
import { phaseAnnouncement } from '../session/phaseWords.ts'
import { useSessionConnection } from '../session/useSession.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Link } from '../ui/Link.tsx'
import { Instruction } from '../ui/Instruction.tsx'
import { PageTools } from '../ui/PageTools.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { IdeaComposer } from './IdeaComposer.tsx'
import { outboxState } from './outbox.ts'
import { useOutbox } from './useOutbox.ts'
import { useRefusalHold } from './useRefusalHold.ts'
import { YourIdeas } from './YourIdeas.tsx'
import './phone.css'

// Offline on a phone says where the ideas are: on the phone, to be sent later.
const CONNECTION_WORDS: Readonly<Record<ConnectionState, MessageKey>> = { ...STATUS_KEYS, offline: 'phone.connection.offline' }

export interface PhonePageProps {
  room: RoomInfo
  participant: Participant
  token: string
  participantApi: ParticipantApi
  onChangeAppearance: (appearance: Appearance) => void
}

export function PhonePage({ room, participant, onChangeAppearance }: PhonePageProps) {
  const t = useT()
  useDocumentTitle(room.title || t('phone.title'))
  // No facilitator key: a phone takes part like everyone else, and a locked board is locked for it.
  const { connection, status, generation, changeRefused, dismissRefusal } = useRoomConnection(room.id, null)
  const { session, synced } = useSessionConnection(room.id)
  const locked = synced && session.locked
  const heldAfterRefusal = useRefusalHold(generation, locked)
  useParticipantRecord(connection, participant, status.hasSynced && synced && !locked)
  const outbox = useOutbox({
    roomId: room.id,
    authorId: participant.id,
    board: connection?.board ?? null,
    ready: status.state === 'connected' && synced && !locked && !heldAfterRefusal,
    privacy: synced ? { privateWriting: session.privateWriting, revealRound: session.revealRound } : null,
    generation,
  })
  const [picture, setPicture] = useState(participant.picture)
  const [lastId, setLastId] = useState<string | null>(null)
  const [changingAppearance, setChangingAppearance] = useState(false)

  // A new picture of one's own becomes the one ideas carry.
  useEffect(() => setPicture(participant.picture), [participant.picture])

  if (status.state === 'room-missing') return <RoomMissing />

  const last = outbox.ideas.find((idea) => idea.id === lastId)
  const phaseText = phaseAnnouncement(session.phase, t)

  return (
    <div className="phone-page">
      <header className="phone-header">
        <PageTools />
        <p className="eyebrow">{t('common.appName')}</p>
        <h1 dir="auto">{room.title || t('phone.title')}</h1>
        {room.question && <Instruction text={room.question} ownWords className="question phone-question" />}
      </header>

      <main className="phone-main">
        {synced && (
          <div className="phone-phase">
            <Instruction text={phaseText} testId="phone-phase" />
          </div>
        )}
        {synced && session.privateWriting && <p className="phone-note">{t('phone.private.on')}</p>}
        {changeRefused && (
          <p className="phone-note phone-refused" role="alert">
            <span>{t('phone.refused')}</span>{' '}
            <button type="button" className="button secondary" onClick={dismissRefusal}>
              <ButtonPicture emoji="✖️" />
              {t('common.close')}
            </button>
          </p>
        )}
        <section className="phone-add">
          <h2>{t('phone.add.heading')}</h2>
          <IdeaComposer
            picture={picture}
            onPictureChange={setPicture}
            lockedReason={locked ? t('phone.locked') : null}
            lastSent={last ? outboxState(last) : null}
            onSend={(text, chosen) => {
              const id = outbox.send(text, chosen)
              if (id) setLastId(id)
              return id
            }}
          />
        </section>
        <YourIdeas ideas={outbox.ideas} />
      </main>

      <footer className="phone-footer">
        <p className={`phone-connection is-${status.state}`} role="status" aria-live="polite" data-testid="connection-status">
          <span className="status-dot" aria-hidden="true" />
          {t(CONNECTION_WORDS[status.state])}
        </p>
        <p className="phone-me">
          {t('phone.appearAs')}{' '}
          <span className="person-chip" style={{ borderColor: colourHex(participant.colour) }}>
            <span className="person-picture" style={{ background: colourHex(participant.colour) }} aria-hidden="true">
              {participant.picture}
            </span>
            <span dir="auto">{participant.name}</span>
          </span>
        </p>
        <div className="phone-actions">
          <button type="button" className="button secondary" onClick={() => setChangingAppearance(true)}>
            <ButtonPicture emoji="🙂" />
            {t('phone.changeAppearance')}
          </button>
          <Link href={roomPath(room.id, 'canvas')} className="button secondary" aria-describedby="phone-open-board-hint">
            <ButtonPicture emoji="🗺️" />
            {t('phone.openBoard')}
          </Link>
          <p className="hint" id="phone-open-board-hint">
            {t('phone.openBoard.hint')}
          </p>
        </div>
      </footer>

      <IdentityDialog
        open={changingAppearance}
        current={participant}
        onSave={(appearance) => {
          onChangeAppearance(appearance)
          setChangingAppearance(false)
        }}
        onClose={() => setChangingAppearance(false)}
      />
    </div>
  )
}
