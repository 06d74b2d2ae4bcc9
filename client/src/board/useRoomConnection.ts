// Opens the room's live connection for as long as the board is on screen. When the server
// refuses a change because the board is locked, this copy of the board is thrown away and
// the board loads afresh, so the refused change disappears instead of coming back later.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { RoomConnection } from '../connection/RoomConnection.ts'
import { type ConnectionSnapshot, initialConnection } from '../connection/connectionStatus.ts'
import { takeConnection } from '../room/headStart.ts'

export interface RoomConnectionState {
  connection: RoomConnection | null
  status: ConnectionSnapshot
  /** Goes up each time the board is loaded afresh, so the canvas remounts with the new document. */
  generation: number
  /** True after a locked board refused a change, until the person closes the notice. */
  changeRefused: boolean
  dismissRefusal: () => void
}

export function useRoomConnection(roomId: string, key: string | null): RoomConnectionState {
  const [connection, setConnection] = useState<RoomConnection | null>(null)
  const [generation, setGeneration] = useState(0)
  const [changeRefused, setChangeRefused] = useState(false)

  useEffect(() => {
    // The connection opened as the page started, if it is for this room and key.
    const opened = takeConnection(roomId, key) ?? new RoomConnection(roomId, { key })
    setConnection(opened)
    const stop = opened.onBoardLocked(() => {
      setChangeRefused(true)
      setGeneration((n) => n + 1)
    })
    return () => {
      stop()
      opened.destroy()
      setConnection(null)
    }
  }, [roomId, key, generation])

  const status = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? initialSnapshot)
  const dismissRefusal = useCallback(() => setChangeRefused(false), [])
  return { connection, status, generation, changeRefused, dismissRefusal }
}

const noSubscription = () => () => {}
const initialSnapshot = () => initialConnection
