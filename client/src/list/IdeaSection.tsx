// A theme in the list (or the ideas in no theme): a heading with its name and how many ideas
// it holds, then its ideas, oldest first.
import type { Board, Idea } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { type ListPlace, sectionListId, sectionTitleId } from './focusNear.ts'
import { ListIdea } from './ListIdea.tsx'

export function IdeaSection({
  sectionId,
  name,
  ideas,
  emptyText,
  board,
  locked,
  onFocusLost,
}: {
  sectionId: string
  name: string
  ideas: readonly Idea[]
  emptyText: string
  board: Board
  locked: boolean
  onFocusLost: (lost: ListPlace) => void
}) {
  const t = useT()
  return (
    <div className="list-section" data-testid="list-section">
      {/* Focusable from code only: where the keyboard goes when the last idea under it leaves. */}
      <h2 id={sectionTitleId(sectionId)} tabIndex={-1}>
        <span dir="auto">{name}</span> <span className="list-count">({t('list.ideaCount', { count: ideas.length })})</span>
      </h2>
      {ideas.length === 0 ? (
        <p className="hint">{emptyText}</p>
      ) : (
        <ul className="list-ideas" id={sectionListId(sectionId)} aria-labelledby={sectionTitleId(sectionId)}>
          {ideas.map((idea, index) => (
            <ListIdea key={idea.id} idea={idea} board={board} locked={locked} sectionId={sectionId} index={index} onFocusLost={onFocusLost} />
          ))}
        </ul>
      )}
    </div>
  )
}
