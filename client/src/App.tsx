// Picks the page for the address: home, a room in one of its views, its easy-read summary,
// or a plain "not found". Each page's code loads when it is first needed, so a phone joining
// a room never downloads the canvas.
import { Suspense, lazy, useMemo } from 'react'
import { roomsApi } from './api/roomsApi.ts'
import { useT } from './i18n/useT.ts'
import { RoomMissing } from './room/RoomProblems.tsx'
import { RoomPage } from './room/RoomPage.tsx'
import { useRoute } from './routing/navigation.ts'
import { HomeLink, LoadingPage, MessagePage } from './ui/MessagePage.tsx'

const HomePage = lazy(() => import('./home/HomePage.tsx').then((module) => ({ default: module.HomePage })))
const EasyReadPage = lazy(() => import('./easyRead/EasyReadPage.tsx').then((module) => ({ default: module.EasyReadPage })))
const PresentPage = lazy(() => import('./present/PresentPage.tsx').then((module) => ({ default: module.PresentPage })))

export function App() {
  const t = useT()
  return (
    <Suspense fallback={<LoadingPage text={t('common.loading')} />}>
      <Page />
    </Suspense>
  )
}

function Page() {
  const t = useT()
  const api = useMemo(() => roomsApi(), [])
  const route = useRoute()
  switch (route.page) {
    case 'home':
      return <HomePage api={api} />
    case 'room':
      // A wall screen is nobody: it joins no one's list and needs no name.
      if (route.view === 'present') return <PresentPage key={route.roomId} api={api} roomId={route.roomId} />
      // Keyed by room, so moving between rooms starts each one fresh; moving between views keeps the connection.
      return <RoomPage key={route.roomId} api={api} roomId={route.roomId} view={route.view} />
    case 'easy-read':
      return <EasyReadPage key={route.roomId} api={api} roomId={route.roomId} />
    case 'room-missing':
      return <RoomMissing />
    case 'not-found':
      return (
        <MessagePage title={t('common.notFound.title')}>
          <p>{t('common.notFound.body')}</p>
          <HomeLink />
        </MessagePage>
      )
  }
}
