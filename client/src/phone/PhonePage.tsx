// The phone's way in: a simple "add an idea" page. (Being built.)
import type { Participant } from '@roundtable/shared'
import type { ParticipantApi } from '../api/participantApi.ts'
import type { RoomInfo } from '../api/roomsApi.ts'
import type { Appearance } from '../room/IdentityForm.tsx'

export interface PhonePageProps {
  room: RoomInfo
  participant: Participant
  token: string
  participantApi: ParticipantApi
  onChangeAppearance: (appearance: Appearance) => void
}

export function PhonePage({ room }: PhonePageProps) {
  return <main className="page">{room.title}</main>
}
