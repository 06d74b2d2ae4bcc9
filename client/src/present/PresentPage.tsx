// The wall screen: the room's present mode for a projector. (Being built.)
import type { RoomsApi } from '../api/roomsApi.ts'

export function PresentPage({ roomId }: { api: RoomsApi; roomId: string }) {
  return <main className="page">{roomId}</main>
}
