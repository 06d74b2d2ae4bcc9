// Choosing the phase, turning private writing on or off, and revealing private ideas.
import { PHASES, type Phase, type SessionState } from '@roundtable/shared'
import { useId } from 'react'
import { useT } from '../i18n/useT.ts'
import { phaseName } from '../session/phaseWords.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { SessionCheckbox } from './SessionCheckbox.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

const PHASE_PICTURES: Record<Phase, string> = { welcome: '👋', 'add-ideas': '💡', group: '🗂️', vote: '🗳️', 'wrap-up': '🏁' }

export function PhaseControls({ session, commands }: { session: SessionState; commands: FacilitatorCommands }) {
  const t = useT()
  const id = useId()
  return (
    <section className="facilitate-section" aria-labelledby={`${id}-phase`}>
      <h3 id={`${id}-phase`}>{t('facilitate.phase.title')}</h3>
      <div className="phase-picker" role="group" aria-labelledby={`${id}-phase`}>
        {PHASES.map((phase) => (
          <button
            key={phase}
            type="button"
            className="button secondary small"
            aria-pressed={session.phase === phase}
            onClick={() => void commands.send({ type: 'set-phase', phase })}
          >
            <ButtonPicture emoji={PHASE_PICTURES[phase]} />
            {phaseName(phase, t)}
          </button>
        ))}
      </div>

      <SessionCheckbox
        checked={session.privateWriting}
        onChange={(on) => commands.send({ type: 'set-private-writing', on })}
        describedBy={`${id}-private-hint`}
      >
        {t('facilitate.privateWriting')}
      </SessionCheckbox>
      <p className="hint" id={`${id}-private-hint`}>
        {t('facilitate.privateWriting.hint')}
      </p>
      <button type="button" className="button secondary" onClick={() => void commands.send({ type: 'reveal' })}>
        <ButtonPicture emoji="🎉" />
        {t('facilitate.reveal')}
      </button>
    </section>
  )
}
