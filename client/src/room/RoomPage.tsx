// A room's address: check the room exists, take a facilitator key out of the link, ask how
// the person would like to appear (once per room), then open the board.
import { type Participant, suggestIdentity } from '@roundtable/shared'
import { useEffect, useMemo, useState } from 'react'
import type { RoomInfo, RoomsApi } from '../api/roomsApi.ts'
import { BoardView } from '../board/BoardView.tsx'
import { LoadingPage } from '../ui/MessagePage.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { takeFacilitatorKey } from './facilitatorKey.ts'
import { type Appearance, IdentityForm } from './IdentityForm.tsx'
import { RoomMissing, ServerUnreachable } from './RoomProblems.tsx'
import { roomMemory } from './roomMemory.ts'
import { useRoomInfo } from './useRoomInfo.ts'

export function RoomPage({ api, roomId }: { api: RoomsApi; roomId: string }) {
  const memory = useMemo(() => roomMemory(roomId), [roomId])
  const { lookup, retry } = useRoomInfo(api, roomId)
  const [participant, setParticipant] = useState<Participant | null>(() => memory.identity())

  useEffect(() => {
    const { key, rest } = takeFacilitatorKey(window.location.hash)
    if (!key) return
    memory.saveFacilitatorKey(key)
    // The key stays in this browser; the address bar (and anything copied from it) loses it.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + rest)
  }, [memory])

  const appear = (appearance: Appearance) => {
    const chosen = { ...appearance, id: memory.participantId() }
    memory.saveIdentity(chosen)
    setParticipant(chosen)
  }

  switch (lookup.status) {
    case 'loading':
      return <LoadingPage text="Opening the room…" />
    case 'missing':
      return <RoomMissing />
    case 'unreachable':
      return <ServerUnreachable onRetry={retry} />
  }
  if (!participant) return <ChooseIdentity room={lookup.room} onJoin={appear} />
  return <BoardView room={lookup.room} participant={participant} onChangeAppearance={appear} />
}

function ChooseIdentity({ room, onJoin }: { room: RoomInfo; onJoin: (appearance: Appearance) => void }) {
  useDocumentTitle(room.title || 'Join the board')
  const suggestion = useMemo(() => suggestIdentity(), [])
  return (
    <main className="page identity-page">
      <header>
        <p className="eyebrow">Roundtable room</p>
        <h1>{room.title || 'Welcome'}</h1>
        {room.question && <p className="question">{room.question}</p>}
      </header>
      <section className="panel" aria-labelledby="identity-title">
        <h2 id="identity-title">How would you like to appear?</h2>
        <IdentityForm initial={suggestion} submitLabel="Join the board" onSubmit={onJoin} />
      </section>
    </main>
  )
}
