// The board page's top bar: the room's title and question, the canvas/list switch, the
// board's actions and the page tools.
import type { ComponentProps, RefObject } from 'react'
import type { RoomInfo } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { ViewSwitch } from '../list/ViewSwitch.tsx'
import { Instruction } from '../ui/Instruction.tsx'
import { PageTools } from '../ui/PageTools.tsx'
import { BoardActions } from './BoardActions.tsx'

export function BoardHeader({
  room,
  view,
  heading,
  actions,
}: {
  room: RoomInfo
  view: 'canvas' | 'list'
  /** Focused when the page opens and when the welcome closes. */
  heading: RefObject<HTMLHeadingElement | null>
  actions: ComponentProps<typeof BoardActions>
}) {
  const t = useT()
  return (
    <header className="board-bar">
      <div className="room-heading">
        <h1 ref={heading} tabIndex={-1} dir={room.title ? 'auto' : undefined}>
          {room.title || t('boardPage.untitled')}
        </h1>
        {room.question && <Instruction className="question" text={room.question} ownWords />}
      </div>
      <ViewSwitch roomId={room.id} view={view} />
      <BoardActions {...actions} />
      <PageTools />
    </header>
  )
}
