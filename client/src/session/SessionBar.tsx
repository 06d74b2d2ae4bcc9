// The strip under the room's title that everyone sees: the phase and what to do, the
// timer, whether the board is locked, and during voting the dots left and the results.
import type { SessionSnapshot } from '../connection/SessionConnection.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { type BallotState, dotsLeftText } from '../voting/ballot.ts'
import { PhaseBar } from './PhaseBar.tsx'
import { SessionTimer } from './SessionTimer.tsx'

export function SessionBar({
  snapshot,
  canEditLocked,
  ballot,
  voteMessage,
  resultsAvailable,
  resultsOpen,
  onToggleResults,
  onAskForMoreTime,
  announcePhase = true,
}: {
  snapshot: SessionSnapshot
  /** False where the page announces phase changes itself, so a screen reader hears each change once. */
  announcePhase?: boolean
  /** This browser may still change a locked board. */
  canEditLocked: boolean
  ballot: BallotState
  voteMessage: string | null
  resultsAvailable: boolean
  resultsOpen: boolean
  onToggleResults: () => void
  onAskForMoreTime: () => Promise<string | null>
}) {
  const t = useT()
  const { session, synced } = snapshot
  const voting = synced && session.phase === 'vote'
  return (
    <section className="session-bar" aria-label={t('session.bar')}>
      <PhaseBar phase={session.phase} synced={synced} announce={announcePhase} />
      <SessionTimer timer={session.timer} synced={synced} moreTimeCount={snapshot.moreTimeCount} onAskForMoreTime={onAskForMoreTime} />
      {synced && session.locked && (
        <p className="locked-notice" role="status" data-testid="locked-notice">
          <span aria-hidden="true">🔒 </span>
          {canEditLocked ? t('session.locked.others') : t('session.locked.you')}
        </p>
      )}
      {voting && (
        <p className="dots-left" data-testid="dots-left" aria-live="polite">
          {dotsLeftText(ballot, session.voteSettings.budget, t)}
        </p>
      )}
      {resultsAvailable && (
        <button type="button" className="button secondary" aria-expanded={resultsOpen} aria-controls="results-panel" onClick={onToggleResults}>
          <ButtonPicture emoji="📊" />
          {resultsOpen ? t('session.results.hide') : t('session.results.show')}
        </button>
      )}
      <p className="vote-message" role="status" data-testid="vote-message">
        {voteMessage}
      </p>
    </section>
  )
}
