// The wall screen's live, read-only view of the board. The projector is nobody: it carries
// no participant in its presence, so it never shows up in anyone's "People here".
import type { Board } from '@roundtable/shared'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { RoomConnection } from '../connection/RoomConnection.ts'
import { type ConnectionSnapshot, initialConnection } from '../connection/connectionStatus.ts'

export function useWallScreenBoard(roomId: string): { board: Board | null; status: ConnectionSnapshot } {
  const [connection, setConnection] = useState<RoomConnection | null>(null)
  useEffect(() => {
    const opened = new RoomConnection(roomId)
    // An empty state rather than none: it names no one (presence parsing drops it), yet its
    // regular renewal, echoed back by the server, tells y-websocket the link is alive while
    // the room is quiet. With no state at all a screen alone in a room reconnects every 30 s.
    opened.awareness.setLocalState({})
    setConnection(opened)
    return () => {
      opened.destroy()
      setConnection(null)
    }
  }, [roomId])
  const status = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? initialSnapshot)
  return { board: connection?.board ?? null, status }
}

const noSubscription = () => () => {}
const initialSnapshot = () => initialConnection
