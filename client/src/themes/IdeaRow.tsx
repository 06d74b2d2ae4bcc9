// An idea in the Themes panel's lists, with its picture and a way to move it without dragging.
import { type Idea, pictureLabel } from '@roundtable/shared'

export function IdeaRow({ idea, disabled, onMove }: { idea: Idea; disabled: boolean; onMove: (ideaId: string) => void }) {
  const text = idea.text.trim() || 'An empty idea'
  return (
    <li className="theme-idea" data-testid="theme-idea" data-idea-id={idea.id}>
      <span className="theme-idea-picture" role="img" aria-label={pictureLabel(idea.picture)}>
        {idea.picture}
      </span>
      <span className="theme-idea-text">{text}</span>
      <button type="button" className="button secondary small" aria-label={`Move “${text}” to a theme`} disabled={disabled} onClick={() => onMove(idea.id)}>
        Move…
      </button>
    </li>
  )
}
