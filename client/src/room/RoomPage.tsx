// A room's address: check the room exists, take a facilitator key out of the link, register
// this browser, ask how the person would like to appear (once per room), then open the board.
import { type Participant, suggestIdentity } from '@roundtable/shared'
import { Suspense, lazy, useMemo, useState } from 'react'
import { facilitatorApi } from '../api/facilitatorApi.ts'
import { outcomesApi } from '../api/outcomesApi.ts'
import { participantApi } from '../api/participantApi.ts'
import { boardViewCode } from '../board/boardCode.ts'
import type { RoomInfo, RoomsApi } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { Instruction } from '../ui/Instruction.tsx'
import { LoadingPage } from '../ui/MessagePage.tsx'
import { PageTools } from '../ui/PageTools.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { takeFacilitatorKey } from './facilitatorKey.ts'
import { type Appearance, IdentityForm } from './IdentityForm.tsx'
import { RoomMissing, ServerUnreachable } from './RoomProblems.tsx'
import { roomMemory } from './roomMemory.ts'
import { useFacilitatorAccess } from './useFacilitatorAccess.ts'
import { useRegistration } from './useRegistration.ts'
import { useRoomInfo } from './useRoomInfo.ts'
import type { RoomView } from '../routing/route.ts'
import { usePreferences } from '../preferences/usePreferences.ts'
import { useSmallScreen } from '../ui/useSmallScreen.ts'

// The canvas and the phone page load only when someone opens them.
const BoardView = boardViewCode.Component
const PhonePage = lazy(() => import('../phone/PhonePage.tsx').then((module) => ({ default: module.PhonePage })))

export function RoomPage({ api, roomId, view }: { api: RoomsApi; roomId: string; view: Exclude<RoomView, 'present'> }) {
  const t = useT()
  const memory = useMemo(() => roomMemory(roomId), [roomId])
  const apis = useMemo(() => ({ participant: participantApi(), facilitator: facilitatorApi(), outcomes: outcomesApi() }), [])
  const { lookup, retry } = useRoomInfo(api, roomId)
  const [facilitatorKey] = useState(() => keepFacilitatorKey(memory))
  const access = useFacilitatorAccess(apis.facilitator, roomId, memory, facilitatorKey)
  const registering = useRegistration(apis.participant, roomId, memory, lookup.status === 'ready')
  const [participant, setParticipant] = useState<Participant | null>(() => memory.identity())
  const smallScreen = useSmallScreen()
  const { boardView } = usePreferences()
  const shown = view === 'join' ? (smallScreen ? 'phone' : boardView) : view

  const registration = registering.state.status === 'ready' ? registering.state.registration : null
  // An identity chosen before this browser registered moved to the new id when it did.
  const me = participant && registration && participant.id !== registration.participantId ? memory.identity() : participant

  const appear = (appearance: Appearance) => {
    if (!registration) return
    const chosen = { ...appearance, id: registration.participantId }
    memory.saveIdentity(chosen)
    setParticipant(chosen)
  }

  switch (lookup.status) {
    case 'loading':
      return <LoadingPage text={t('room.opening')} />
    case 'missing':
      return <RoomMissing />
    case 'unreachable':
      return <ServerUnreachable onRetry={retry} />
  }
  if (registering.state.status === 'failed') return <ServerUnreachable onRetry={registering.retry} />
  if (!registration || access.status === 'checking') return <LoadingPage text={t('room.opening')} />
  if (!me) return <ChooseIdentity room={lookup.room} onJoin={appear} />
  return (
    <Suspense fallback={<LoadingPage text={t('room.opening')} />}>
      {shown === 'phone' ? (
        <PhonePage room={lookup.room} participant={me} token={registration.token} participantApi={apis.participant} onChangeAppearance={appear} />
      ) : (
        <BoardView
          room={lookup.room}
          view={shown}
          participant={me}
          token={registration.token}
          access={access}
          apis={apis}
          onChangeAppearance={appear}
        />
      )}
    </Suspense>
  )
}

/** Takes a key out of the address (keeping it in this browser only), then returns the key this browser holds. */
function keepFacilitatorKey(memory: ReturnType<typeof roomMemory>): string | null {
  const { key, rest } = takeFacilitatorKey(window.location.hash)
  if (key) {
    memory.saveFacilitatorKey(key)
    // The address bar (and anything copied from it) loses the key.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + rest)
  }
  return memory.facilitatorKey()
}

function ChooseIdentity({ room, onJoin }: { room: RoomInfo; onJoin: (appearance: Appearance) => void }) {
  const t = useT()
  useDocumentTitle(room.title || t('room.join.documentTitle'))
  const suggestion = useMemo(() => suggestIdentity(), [])
  return (
    <main className="page identity-page">
      <header>
        <PageTools />
        <p className="eyebrow">{t('room.eyebrow')}</p>
        <h1 dir={room.title ? 'auto' : undefined}>{room.title || t('room.untitled')}</h1>
        {room.question && <Instruction className="question" text={room.question} ownWords />}
      </header>
      <section className="panel" aria-labelledby="identity-title">
        <h2 id="identity-title">{t('room.identity.heading')}</h2>
        <Instruction text={t('room.identity.intro')} />
        <IdentityForm initial={suggestion} submitLabel={t('room.identity.join')} submitPicture="🚪" onSubmit={onJoin} />
      </section>
    </main>
  )
}
