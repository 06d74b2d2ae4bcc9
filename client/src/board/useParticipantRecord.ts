// Puts this person's chosen name, colour and picture where others can see them: in
// awareness at once, and in the board's participants map once the board has loaded, only
// when it changed, and never onto a board locked against them (the server would refuse it).
import type { Participant } from '@roundtable/shared'
import { useEffect } from 'react'
import type { RoomConnection } from '../connection/RoomConnection.ts'

export function useParticipantRecord(connection: RoomConnection | null, participant: Participant, mayWrite: boolean): void {
  useEffect(() => {
    connection?.awareness.setLocalStateField('participant', participant)
  }, [connection, participant])

  useEffect(() => {
    if (!connection || !mayWrite) return
    const stored = connection.board.participant(participant.id)
    const same =
      stored && stored.name === participant.name && stored.colour === participant.colour && stored.picture === participant.picture
    if (!same) connection.board.setParticipant(participant)
  }, [connection, participant, mayWrite])
}
