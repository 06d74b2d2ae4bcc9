// Choosing the phase, turning private writing on or off, and revealing private ideas.
import { PHASES, PHASE_TEXT, type SessionState } from '@roundtable/shared'
import { useId } from 'react'
import { SessionCheckbox } from './SessionCheckbox.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function PhaseControls({ session, commands }: { session: SessionState; commands: FacilitatorCommands }) {
  const id = useId()
  return (
    <section className="facilitate-section" aria-labelledby={`${id}-phase`}>
      <h3 id={`${id}-phase`}>Phase</h3>
      <div className="phase-picker" role="group" aria-labelledby={`${id}-phase`}>
        {PHASES.map((phase) => (
          <button
            key={phase}
            type="button"
            className="button secondary small"
            aria-pressed={session.phase === phase}
            onClick={() => void commands.send({ type: 'set-phase', phase })}
          >
            {PHASE_TEXT[phase].name}
          </button>
        ))}
      </div>

      <SessionCheckbox
        checked={session.privateWriting}
        onChange={(on) => commands.send({ type: 'set-private-writing', on })}
        describedBy={`${id}-private-hint`}
      >
        Private writing
      </SessionCheckbox>
      <p className="hint" id={`${id}-private-hint`}>
        While it is on, new ideas stay on each person's own device, where only they can see them. Turning it off, or
        “Reveal now”, puts them all on the board at once, in a mixed-up order, with no names.
      </p>
      <button type="button" className="button secondary" onClick={() => void commands.send({ type: 'reveal' })}>
        Reveal now
      </button>
    </section>
  )
}
