// Picks the page for the address: home, a room, its easy-read summary, or a plain "not found".
import { useMemo } from 'react'
import { roomsApi } from './api/roomsApi.ts'
import { EasyReadPage } from './easyRead/EasyReadPage.tsx'
import { HomePage } from './home/HomePage.tsx'
import { RoomMissing } from './room/RoomProblems.tsx'
import { RoomPage } from './room/RoomPage.tsx'
import { useRoute } from './routing/navigation.ts'
import { HomeLink, MessagePage } from './ui/MessagePage.tsx'

export function App() {
  const api = useMemo(() => roomsApi(), [])
  const route = useRoute()
  switch (route.page) {
    case 'home':
      return <HomePage api={api} />
    case 'room':
      // Keyed by room, so moving between rooms starts each one fresh.
      return <RoomPage key={route.roomId} api={api} roomId={route.roomId} />
    case 'easy-read':
      return <EasyReadPage key={route.roomId} api={api} roomId={route.roomId} />
    case 'room-missing':
      return <RoomMissing />
    case 'not-found':
      return (
        <MessagePage title="Page not found">
          <p>There is nothing at this address.</p>
          <HomeLink />
        </MessagePage>
      )
  }
}
