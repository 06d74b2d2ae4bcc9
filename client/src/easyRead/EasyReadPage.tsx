// The easy-read summary: short plain sentences under big headings, one idea a line with its
// picture beside it, in large type, made to be printed. Everyone in the room can open it.
import type { EasyRead } from '@roundtable/shared'
import { useMemo } from 'react'
import { outcomesApi } from '../api/outcomesApi.ts'
import { participantApi } from '../api/participantApi.ts'
import type { RoomsApi } from '../api/roomsApi.ts'
import { RoomMissing, ServerUnreachable } from '../room/RoomProblems.tsx'
import { roomMemory } from '../room/roomMemory.ts'
import { useRoomInfo } from '../room/useRoomInfo.ts'
import { roomPath } from '../routing/route.ts'
import { Link } from '../ui/Link.tsx'
import { LoadingPage } from '../ui/MessagePage.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { ExportDownloads } from './ExportDownloads.tsx'
import { useEasyRead } from './useEasyRead.ts'

export function EasyReadPage({ api, roomId }: { api: RoomsApi; roomId: string }) {
  const memory = useMemo(() => roomMemory(roomId), [roomId])
  const apis = useMemo(() => ({ outcomes: outcomesApi(), participant: participantApi() }), [])
  const { lookup, retry: retryLookup } = useRoomInfo(api, roomId)
  const { state, key, retry } = useEasyRead(apis, roomId, memory, lookup.status === 'ready')

  switch (lookup.status) {
    case 'loading':
      return <LoadingPage text="Getting the summary…" />
    case 'missing':
      return <RoomMissing />
    case 'unreachable':
      return <ServerUnreachable onRetry={retryLookup} />
  }
  if (state.status === 'loading') return <LoadingPage text="Getting the summary…" />
  if (state.status === 'failed') {
    return (
      <main className="page message-page">
        <h1>The summary could not be loaded</h1>
        <p className="error" role="alert">
          {state.error}
        </p>
        <p className="actions">
          <button type="button" className="button primary" onClick={retry}>
            Try again
          </button>
          <Link href={roomPath(roomId)} className="button secondary">
            Back to the board
          </Link>
        </p>
      </main>
    )
  }
  return (
    <Summary summary={state.summary} roomId={roomId}>
      {key && <ExportDownloads api={apis.outcomes} roomId={roomId} facilitatorKey={key} />}
    </Summary>
  )
}

function Summary({ summary, roomId, children }: { summary: EasyRead; roomId: string; children?: React.ReactNode }) {
  useDocumentTitle(`Easy-read summary: ${summary.title}`)
  return (
    <main className="page easy-read-page" data-testid="easy-read">
      <nav className="easy-read-tools no-print" aria-label="Summary">
        <Link href={roomPath(roomId)} className="button secondary">
          Back to the board
        </Link>
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print
        </button>
      </nav>
      <h1>{summary.title}</h1>
      {summary.sections.map((section, index) => (
        <section key={index} className="easy-read-section" aria-labelledby={`easy-read-${index}`} data-testid="easy-read-section">
          <h2 id={`easy-read-${index}`}>{section.heading}</h2>
          <ul className="easy-read-lines">
            {section.lines.map((line, n) => (
              <li key={n} className={line.picture ? 'easy-read-line with-picture' : 'easy-read-line'} data-testid="easy-read-line">
                {line.picture && (
                  <span className="easy-read-picture" role="img" aria-label={line.pictureLabel ?? 'picture'}>
                    {line.picture}
                  </span>
                )}
                <span className="easy-read-text">{line.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {children}
    </main>
  )
}
