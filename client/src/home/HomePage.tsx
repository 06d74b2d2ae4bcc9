// The front door: what Roundtable is, starting a room, joining one with a code, and
// restoring one from a backup.
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import type { RoomsApi } from '../api/roomsApi.ts'
import { JoinByCodeForm } from './JoinByCodeForm.tsx'
import { RestoreRoom } from './RestoreRoom.tsx'
import { StartRoom } from './StartRoom.tsx'

export function HomePage({ api }: { api: RoomsApi }) {
  useDocumentTitle('')
  return (
    <main className="page home-page">
      <header className="home-header">
        <h1>Roundtable</h1>
        <p className="lead">Roundtable is a shared whiteboard where everyone in a workshop adds and shapes ideas together, as equals.</p>
      </header>
      <div className="home-columns">
        <section className="panel" aria-labelledby="join-heading">
          <h2 id="join-heading">Join with a code</h2>
          <JoinByCodeForm api={api} />
        </section>
        <section className="panel" aria-labelledby="start-heading">
          <h2 id="start-heading">Start a room</h2>
          <StartRoom api={api} />
        </section>
        <section className="panel" aria-labelledby="restore-heading" data-testid="restore-room">
          <h2 id="restore-heading">Restore a room from a backup</h2>
          <RestoreRoom />
        </section>
      </div>
    </main>
  )
}
