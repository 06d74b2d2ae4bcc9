// The wall screen itself, laid out for a 16:9 projector: the room's title and question, how
// to join, what the room is doing now, and the newest ideas, all following the room live.
import type { RoomInfo } from '../api/roomsApi.ts'
import { RoomMissing } from '../room/RoomProblems.tsx'
import { useIdeas } from '../board/useIdeas.ts'
import { useT } from '../i18n/useT.ts'
import { useSessionConnection } from '../session/useSession.ts'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { JoinPanel } from './JoinPanel.tsx'
import { NewestIdeas } from './NewestIdeas.tsx'
import { NowPanel } from './NowPanel.tsx'
import { WallTools } from './WallTools.tsx'
import { newestIdeas, visibleIdeas } from './newestIdeas.ts'
import { useWallScreenBoard } from './useWallScreenBoard.ts'
import './present.css'

export function WallScreen({ room }: { room: RoomInfo }) {
  const t = useT()
  const title = room.title || t('present.untitled')
  useDocumentTitle(t('present.tabTitle', { title }))
  const { board, status } = useWallScreenBoard(room.id)
  const { session, synced: sessionSynced } = useSessionConnection(room.id)
  const ideas = useIdeas(board)
  // Until both documents have loaded, an idea might be one a facilitator hid: show none.
  const ready = status.hasSynced && sessionSynced
  const visibleCount = ready ? visibleIdeas(ideas, session.hiddenIdeaIds).length : 0
  const shown = ready ? newestIdeas(ideas, session.hiddenIdeaIds) : []

  if (status.state === 'room-missing') return <RoomMissing />
  return (
    <main className="wall-screen" data-testid="wall-screen">
      <header className="wall-header">
        <h1 dir="auto" data-testid="present-title">
          {title}
        </h1>
        {room.question && (
          <p className="wall-question" dir="auto" data-testid="present-question">
            {room.question}
          </p>
        )}
      </header>
      <JoinPanel roomId={room.id} code={room.code} />
      <NowPanel session={session} synced={sessionSynced} />
      <NewestIdeas ideas={shown} total={visibleCount} ready={ready} />
      <WallTools roomId={room.id} status={status} />
    </main>
  )
}
