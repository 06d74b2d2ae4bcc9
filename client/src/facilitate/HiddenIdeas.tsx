// Ideas a facilitator has hidden from the board, each with "Restore".
import type { Idea } from '@roundtable/shared'
import { useId } from 'react'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function HiddenIdeas({ hiddenIds, ideas, commands }: { hiddenIds: readonly string[]; ideas: readonly Idea[]; commands: FacilitatorCommands }) {
  const id = useId()
  const hidden = ideas.filter((idea) => hiddenIds.includes(idea.id))
  return (
    <section className="facilitate-section" aria-labelledby={`${id}-hidden`}>
      <h3 id={`${id}-hidden`}>Hidden ideas</h3>
      {hidden.length === 0 ? (
        <p className="hint">No ideas are hidden.</p>
      ) : (
        <ul className="hidden-list" data-testid="hidden-ideas">
          {hidden.map((idea) => (
            <li key={idea.id}>
              <span>{idea.text || 'An empty idea'}</span>
              <button
                type="button"
                className="button secondary small"
                aria-label={`Restore: ${idea.text}`}
                onClick={() => void commands.send({ type: 'hide-idea', ideaId: idea.id, hidden: false })}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
