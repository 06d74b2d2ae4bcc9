// The easy-read summary: short plain sentences under big headings, one idea a line with its
// picture beside it and "Read aloud", in large type, made to be printed. Everyone in the room
// can open it, in their own language.
import type { EasyRead } from '@roundtable/shared'
import { type ReactNode, useMemo } from 'react'
import { outcomesApi } from '../api/outcomesApi.ts'
import { participantApi } from '../api/participantApi.ts'
import type { RoomsApi } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { DisplaySettings } from '../preferences/DisplaySettings.tsx'
import { RoomMissing, ServerUnreachable } from '../room/RoomProblems.tsx'
import { roomMemory } from '../room/roomMemory.ts'
import { useRoomInfo } from '../room/useRoomInfo.ts'
import { roomPath } from '../routing/route.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Instruction } from '../ui/Instruction.tsx'
import { Link } from '../ui/Link.tsx'
import { LoadingPage } from '../ui/MessagePage.tsx'
import { PageTools } from '../ui/PageTools.tsx'
import { ReadAloud } from '../ui/ReadAloud.tsx'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { ExportDownloads } from './ExportDownloads.tsx'
import { summaryWords } from './summaryWords.ts'
import { useEasyRead } from './useEasyRead.ts'
import './easyRead.css'

export function EasyReadPage({ api, roomId }: { api: RoomsApi; roomId: string }) {
  const t = useT()
  const memory = useMemo(() => roomMemory(roomId), [roomId])
  const apis = useMemo(() => ({ outcomes: outcomesApi(), participant: participantApi() }), [])
  const { lookup, retry: retryLookup } = useRoomInfo(api, roomId)
  const { state, key, retry } = useEasyRead(apis, roomId, memory, lookup.status === 'ready')

  switch (lookup.status) {
    case 'loading':
      return <LoadingPage text={t('outcomes.loading')} />
    case 'missing':
      return <RoomMissing />
    case 'unreachable':
      return <ServerUnreachable onRetry={retryLookup} />
  }
  if (state.status === 'loading') return <LoadingPage text={t('outcomes.loading')} />
  if (state.status === 'failed') {
    return (
      <main className="page message-page">
        <PageTools help={false} />
        <h1>{t('outcomes.failed')}</h1>
        <p className="error" role="alert">
          {state.error}
        </p>
        <p className="actions">
          <button type="button" className="button primary" onClick={retry}>
            <ButtonPicture emoji="🔄" />
            {t('common.tryAgain')}
          </button>
          <BackToBoard roomId={roomId} />
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

function BackToBoard({ roomId }: { roomId: string }) {
  const t = useT()
  return (
    <Link href={roomPath(roomId)} className="button secondary">
      <ButtonPicture emoji="↩️" />
      {t('outcomes.back')}
    </Link>
  )
}

function Summary({ summary: fromServer, roomId, children }: { summary: EasyRead; roomId: string; children?: ReactNode }) {
  const t = useT()
  const summary = useMemo(() => summaryWords(fromServer, t), [fromServer, t])
  useDocumentTitle(t('outcomes.documentTitle', { title: summary.title }))
  return (
    <main className="page easy-read-page" data-testid="easy-read">
      <nav className="easy-read-tools no-print" aria-label={t('outcomes.tools')}>
        <BackToBoard roomId={roomId} />
        <button type="button" className="button primary" onClick={() => window.print()}>
          <ButtonPicture emoji="🖨️" />
          {t('common.print')}
        </button>
        <DisplaySettings className="button secondary" />
      </nav>
      <h1 dir="auto">{summary.title}</h1>
      <Instruction className="easy-read-intro" text={t('outcomes.intro')} />
      {summary.sections.map((section, index) => (
        <section key={index} className="easy-read-section" aria-labelledby={`easy-read-${index}`} data-testid="easy-read-section">
          <h2 id={`easy-read-${index}`} dir={section.headingIsOwnWords ? 'auto' : undefined}>
            {section.heading}
          </h2>
          <ul className="easy-read-lines">
            {section.lines.map((line, n) => (
              <li key={n} className={line.picture ? 'easy-read-line with-picture' : 'easy-read-line'} data-testid="easy-read-line">
                {line.picture && (
                  <span className="easy-read-picture" role="img" aria-label={line.pictureLabel ?? t('room.picture.unknown')}>
                    {line.picture}
                  </span>
                )}
                <span className="easy-read-text">
                  {line.idea !== null && (
                    <>
                      <bdi>{line.idea}</bdi>{' '}
                    </>
                  )}
                  {line.words}
                </span>
                {/* An idea is read in its author's words; the summary's own sentences in the person's language. */}
                <ReadAloud className="no-print" text={line.idea ?? line.words} ownWords={line.idea !== null} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {children}
    </main>
  )
}
