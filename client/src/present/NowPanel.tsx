// What the room is doing now: the phase's name and instruction, and the timer, updating
// live as the facilitator moves on. A new phase is announced politely. The words are the
// session bar's own, so the wall and each person's board name a phase the same way.
import type { Phase, SessionState } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { useAnnouncement } from '../ui/useAnnouncement.ts'
import { ReadAloud } from '../ui/ReadAloud.tsx'
import { WallTimer } from './WallTimer.tsx'

export function NowPanel({ session, synced }: { session: SessionState; synced: boolean }) {
  const t = useT()
  const phaseName = (phase: Phase) => t(`session.phase.${phase}`)
  const phaseInstruction = (phase: Phase) => t(`session.phase.${phase}.instruction`)
  const announcement = useAnnouncement(synced ? session.phase : null, (phase) =>
    t('session.phase.now', { phase: phaseName(phase), instruction: phaseInstruction(phase) }),
  )
  return (
    <section className="wall-now" aria-labelledby="wall-now-title" data-testid="present-now">
      <div className="wall-phase">
        <h2 id="wall-now-title">{t('session.bar')}</h2>
        {synced && (
          <>
            <p className="wall-phase-name" data-testid="present-phase-name">
              {phaseName(session.phase)}
            </p>
            <p className="wall-phase-instruction">
              <span data-testid="present-phase-instruction">{phaseInstruction(session.phase)}</span>
              <ReadAloud text={`${phaseName(session.phase)}. ${phaseInstruction(session.phase)}`} className="wall-read-aloud" />
            </p>
          </>
        )}
        <p className="visually-hidden" aria-live="polite" data-testid="present-phase-announcement">
          {announcement}
        </p>
      </div>
      {synced && <WallTimer timer={session.timer} synced={synced} />}
    </section>
  )
}
