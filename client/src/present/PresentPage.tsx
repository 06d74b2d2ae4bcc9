// The wall screen: a room's present mode for the projector. It looks the room up like any
// room page, but registers no one and asks for no name: the wall screen is nobody.
import type { RoomsApi } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { RoomMissing, ServerUnreachable } from '../room/RoomProblems.tsx'
import { useRoomInfo } from '../room/useRoomInfo.ts'
import { LoadingPage } from '../ui/MessagePage.tsx'
import { WallScreen } from './WallScreen.tsx'

export function PresentPage({ api, roomId }: { api: RoomsApi; roomId: string }) {
  const t = useT()
  const { lookup, retry } = useRoomInfo(api, roomId)
  switch (lookup.status) {
    case 'loading':
      return <LoadingPage text={t('present.opening')} />
    case 'missing':
      return <RoomMissing />
    case 'unreachable':
      return <ServerUnreachable onRetry={retry} />
    case 'ready':
      return <WallScreen room={lookup.room} />
  }
}
