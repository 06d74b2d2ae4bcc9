// The front door: what Roundtable is, starting a room, joining one with a code, and
// restoring one from a backup. In easy read, restoring waits behind "More options".
import type { ReactNode } from 'react'
import type { RoomsApi } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { usePreferences } from '../preferences/usePreferences.ts'
import { Instruction } from '../ui/Instruction.tsx'
import { RoomDeletedNotice } from '../facilitate/DeleteRoom.tsx'
import { PageTools } from '../ui/PageTools.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { JoinByCodeForm } from './JoinByCodeForm.tsx'
import { RestoreRoom } from './RestoreRoom.tsx'
import { StartRoom } from './StartRoom.tsx'
import './home.css'

export function HomePage({ api }: { api: RoomsApi }) {
  const t = useT()
  const { easyRead } = usePreferences()
  useDocumentTitle('')
  return (
    <main className="page home-page">
      <header className="home-header">
        <PageTools />
        <h1>{t('common.appName')}</h1>
        <Instruction className="lead" text={t('home.intro')} />
        <RoomDeletedNotice />
      </header>
      <div className="home-columns">
        <section className="panel" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('home.join.heading')}</h2>
          <JoinByCodeForm api={api} />
        </section>
        <section className="panel" aria-labelledby="start-heading">
          <h2 id="start-heading">{t('home.start.heading')}</h2>
          <StartRoom api={api} />
        </section>
        <MoreOptions folded={easyRead} label={t('common.moreOptions')}>
          <section className="panel" aria-labelledby="restore-heading" data-testid="restore-room">
            <h2 id="restore-heading">{t('home.restore.heading')}</h2>
            <RestoreRoom />
          </section>
        </MoreOptions>
      </div>
    </main>
  )
}

/** Fewer things at once in easy read: what few people need is folded away, one press from view. */
function MoreOptions({ folded, label, children }: { folded: boolean; label: string; children: ReactNode }) {
  if (!folded) return children
  return (
    <details className="more-options">
      <summary>{label}</summary>
      {children}
    </details>
  )
}
