// Ideas a facilitator has hidden from the board, each with "Restore".
import type { Idea } from '@roundtable/shared'
import { useId } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function HiddenIdeas({ hiddenIds, ideas, commands }: { hiddenIds: readonly string[]; ideas: readonly Idea[]; commands: FacilitatorCommands }) {
  const t = useT()
  const id = useId()
  const hidden = ideas.filter((idea) => hiddenIds.includes(idea.id))
  return (
    <section className="facilitate-section" aria-labelledby={`${id}-hidden`}>
      <h3 id={`${id}-hidden`}>{t('facilitate.hidden.title')}</h3>
      {hidden.length === 0 ? (
        <p className="hint">{t('facilitate.hidden.none')}</p>
      ) : (
        <ul className="hidden-list" data-testid="hidden-ideas">
          {hidden.map((idea) => (
            <li key={idea.id}>
              <span dir="auto">{idea.text || t('board.idea.empty')}</span>
              <button
                type="button"
                className="button secondary small"
                aria-label={t('board.idea.restoreLabel', { idea: idea.text.trim() || t('board.idea.emptyInLabel') })}
                onClick={() => void commands.send({ type: 'hide-idea', ideaId: idea.id, hidden: false })}
              >
                <ButtonPicture emoji="👁️" />
                {t('board.idea.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
