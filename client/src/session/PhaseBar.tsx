// The phase everyone is in, in plain words with what to do now; announced politely when it changes.
import { PHASE_TEXT, type Phase } from '@roundtable/shared'
import { useAnnouncement } from '../ui/useAnnouncement.ts'

export function PhaseBar({ phase, synced }: { phase: Phase; synced: boolean }) {
  const announcement = useAnnouncement(synced ? phase : null, (now) => `Now: ${PHASE_TEXT[now].name}. ${PHASE_TEXT[now].instruction}`)
  const text = PHASE_TEXT[phase]
  return (
    <div className="phase-bar" data-testid="phase-bar">
      {synced && (
        <>
          <p className="phase-name" data-testid="phase-name">
            {text.name}
          </p>
          <p className="phase-instruction" data-testid="phase-instruction">
            {text.instruction}
          </p>
        </>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="phase-announcement">
        {announcement}
      </p>
    </div>
  )
}
