// Locking the board, bringing everyone to your view, and showing names on ideas.
import type { SessionState, SharedView } from '@roundtable/shared'
import { useId, useState } from 'react'
import { SessionCheckbox } from './SessionCheckbox.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function BoardControls({
  session,
  commands,
  currentView,
}: {
  session: SessionState
  commands: FacilitatorCommands
  /** The part of the board on this screen, or null before the canvas is ready. */
  currentView: () => SharedView | null
}) {
  const id = useId()
  const [brought, setBrought] = useState('')

  const bringEveryone = async () => {
    const view = currentView()
    if (!view) return commands.showError('The board has not loaded yet.')
    if (await commands.send({ type: 'bring-everyone', view })) setBrought('Everyone now sees what you see.')
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-board`}>
      <h3 id={`${id}-board`}>Board</h3>
      <p className="actions">
        <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'set-lock', locked: !session.locked })}>
          {session.locked ? 'Unlock the board' : 'Lock the board'}
        </button>
        <button type="button" className="button secondary small" onClick={() => void bringEveryone()} aria-describedby={`${id}-bring`}>
          Bring everyone here
        </button>
      </p>
      <p className="hint" id={`${id}-bring`}>
        Moves everyone's view once to the part of the board you are looking at.
      </p>
      <p className="visually-hidden" role="status">
        {brought}
      </p>
      <SessionCheckbox checked={session.showNames} onChange={(on) => commands.send({ type: 'set-show-names', on })}>
        Show names on ideas
      </SessionCheckbox>
    </section>
  )
}
