// A room's board: the room's title and question, "Add an idea", who is here, whether the
// connection is live, and the canvas itself once the board has loaded.
import type { Participant } from '@roundtable/shared'
import { useEffect, useRef, useState } from 'react'
import type { RoomInfo } from '../api/roomsApi.ts'
import { IdentityDialog } from '../room/IdentityDialog.tsx'
import type { Appearance } from '../room/IdentityForm.tsx'
import { RoomMissing } from '../room/RoomProblems.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { type CanvasControls, CanvasView } from './CanvasView.tsx'
import { ConnectionStatus } from './ConnectionStatus.tsx'
import { PeopleHere } from './PeopleHere.tsx'
import { useRoomConnection } from './useRoomConnection.ts'

export function BoardView({
  room,
  participant,
  onChangeAppearance,
}: {
  room: RoomInfo
  participant: Participant
  onChangeAppearance: (appearance: Appearance) => void
}) {
  useDocumentTitle(room.title || 'Board')
  const { connection, status } = useRoomConnection(room.id)
  const [controls, setControls] = useState<CanvasControls | null>(null)
  const [changingAppearance, setChangingAppearance] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [])

  useEffect(() => {
    if (!connection) return
    connection.board.setParticipant(participant)
    connection.awareness.setLocalStateField('participant', participant)
  }, [connection, participant])

  if (status.state === 'room-missing') return <RoomMissing />

  return (
    <div className="board-page">
      <header className="board-bar">
        <div className="room-heading">
          <h1 ref={heading} tabIndex={-1}>
            {room.title || 'Roundtable board'}
          </h1>
          {room.question && <p className="question">{room.question}</p>}
        </div>
        <div className="bar-actions">
          <button type="button" className="button primary" onClick={() => controls?.addIdea()} disabled={!controls}>
            Add an idea
          </button>
          <button type="button" className="button secondary" onClick={() => setChangingAppearance(true)}>
            Change how I appear
          </button>
          <ConnectionStatus status={status} />
        </div>
      </header>
      <div className="board-body">
        <main className="canvas-area" aria-label="Board">
          {connection && status.hasSynced ? (
            <CanvasView connection={connection} participant={participant} onReady={setControls} />
          ) : (
            <p className="loading">Loading the board…</p>
          )}
        </main>
        <aside className="side-panel">{connection && <PeopleHere awareness={connection.awareness} selfId={participant.id} />}</aside>
      </div>
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
