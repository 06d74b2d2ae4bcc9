// Opens the room's live connection for as long as the board is on screen.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { RoomConnection } from '../connection/RoomConnection.ts'
import { type ConnectionSnapshot, initialConnection } from '../connection/connectionStatus.ts'

export function useRoomConnection(roomId: string): { connection: RoomConnection | null; status: ConnectionSnapshot } {
  const [connection, setConnection] = useState<RoomConnection | null>(null)
  useEffect(() => {
    const opened = new RoomConnection(roomId)
    setConnection(opened)
    return () => {
      opened.destroy()
      setConnection(null)
    }
  }, [roomId])
  const status = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? initialSnapshot)
  return { connection, status }
}

const noSubscription = () => () => {}
const initialSnapshot = () => initialConnection
