// The phase everyone is in, in plain words with what to do now (and "Read aloud" beside it);
// announced politely when it changes, unless the page has one live region for all its news (the list view).
import type { Phase } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { Instruction } from '../ui/Instruction.tsx'
import { useAnnouncement } from '../ui/useAnnouncement.ts'
import { phaseAnnouncement, phaseInstruction, phaseName } from './phaseWords.ts'

export function PhaseBar({ phase, synced, announce = true }: { phase: Phase; synced: boolean; announce?: boolean }) {
  const t = useT()
  const announcement = useAnnouncement(synced && announce ? phase : null, (now) => phaseAnnouncement(now, t))
  return (
    <div className="phase-bar" data-testid="phase-bar">
      {synced && (
        <>
          <p className="phase-name" data-testid="phase-name">
            {phaseName(phase, t)}
          </p>
          <Instruction className="phase-instruction" testId="phase-instruction" text={phaseInstruction(phase, t)} />
        </>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="phase-announcement">
        {announcement}
      </p>
    </div>
  )
}
