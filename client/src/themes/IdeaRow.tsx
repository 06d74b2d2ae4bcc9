// An idea in the Themes panel's lists, with its picture and a way to move it without dragging.
import type { Idea } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { pictureWord } from '../room/appearanceWords.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function IdeaRow({ idea, disabled, onMove }: { idea: Idea; disabled: boolean; onMove: (ideaId: string) => void }) {
  const t = useT()
  const text = idea.text.trim() || t('board.idea.empty')
  return (
    <li className="theme-idea" data-testid="theme-idea" data-idea-id={idea.id}>
      <span className="theme-idea-picture" role="img" aria-label={pictureWord(idea.picture, t)}>
        {idea.picture}
      </span>
      <span className="theme-idea-text" dir="auto">
        {text}
      </span>
      <button
        type="button"
        className="button secondary small"
        aria-label={t('themes.idea.moveLabel', { idea: text })}
        disabled={disabled}
        onClick={() => onMove(idea.id)}
      >
        <ButtonPicture emoji="📦" />
        {t('themes.idea.move')}
      </button>
    </li>
  )
}
