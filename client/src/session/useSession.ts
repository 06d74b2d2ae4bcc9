// The room's facilitation state for React: one session connection per board page, and
// useSession() for any component under it (idea cards included) to read it.
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react'
import { SessionConnection, type SessionSnapshot, initialSession } from '../connection/SessionConnection.ts'

export function useSessionConnection(roomId: string): SessionSnapshot {
  const [connection, setConnection] = useState<SessionConnection | null>(null)
  useEffect(() => {
    const opened = new SessionConnection(roomId)
    setConnection(opened)
    return () => {
      opened.destroy()
      setConnection(null)
    }
  }, [roomId])
  return useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? initialSnapshot)
}

export const SessionContext = createContext<SessionSnapshot>(initialSession)

/** The session, its visible tallies and the "more time" count. */
export function useSession(): SessionSnapshot {
  return useContext(SessionContext)
}

const noSubscription = () => () => {}
const initialSnapshot = () => initialSession
