// How an idea looks on the canvas: its picture, "Read aloud" and words on a plain card,
// identical for every idea whoever wrote it. While you edit it, its words become a text box.
// During voting it carries "Vote"; names show under the words only when the room turns them on.
import type { Board } from '@roundtable/shared'
import { type Editor, stopEventPropagation, useIsEditing, useSvgExportContext, useValue } from 'tldraw'
import { useT } from '../../i18n/useT.ts'
import { pictureWord } from '../../room/appearanceWords.ts'
import { ButtonPicture } from '../../ui/ButtonPicture.tsx'
import { ReadAloud } from '../../ui/ReadAloud.tsx'
import { useBoard } from '../BoardContext.tsx'
import { useCardSession } from '../CardContext.tsx'
import { IdeaActions } from './IdeaActions.tsx'
import { IdeaTextEditor } from './IdeaTextEditor.tsx'
import { IdeaVoting } from './IdeaVoting.tsx'
import { MoveToThemeButton } from './MoveToThemeButton.tsx'
import type { IdeaShape } from './ideaShapeSchema.ts'
import { useAuthorName } from './useAuthorName.ts'
import { useIdea } from './useIdea.ts'
import './ideaCard.css'

export function IdeaCard({ shape, editor, board: boardOption }: { shape: IdeaShape; editor: Editor; board: Board | null }) {
  const t = useT()
  const board = useBoard(boardOption)
  const { ideaId } = shape.props
  const idea = useIdea(board, ideaId)
  const isEditing = useIsEditing(shape.id)
  const isSelected = useValue('idea selected', () => editor.getSelectedShapeIds().includes(shape.id), [editor, shape.id])
  // A picture of the board shows the ideas, not buttons for speaking them.
  const isExport = useSvgExportContext() !== null
  const { session, canModerate, setHidden } = useCardSession()
  const authorId = board.idea(ideaId)?.authorId ?? null
  const authorName = useAuthorName(board, session.showNames ? authorId : null)
  const hidden = session.hiddenIdeaIds.includes(ideaId)
  const text = board.ideaText(ideaId)
  // Hidden ideas are not drawn for anyone but facilitators (see getShapeVisibility); this is a second guard.
  if (hidden && !canModerate) return null
  const classes = ['idea-card', isEditing && 'is-editing', isSelected && 'is-selected', hidden && 'is-hidden'].filter(Boolean).join(' ')
  return (
    <div className={classes} data-testid="idea-card" data-idea-id={ideaId} style={{ width: shape.props.w, height: shape.props.h }}>
      {idea ? (
        <>
          <div className="idea-header">
            <span className="idea-picture-and-voice">
              <span className="idea-picture" role="img" aria-label={pictureWord(idea.picture, t)}>
                {idea.picture}
              </span>
              {!isEditing && !isExport && (
                <span className="idea-read-aloud" onPointerDown={stopEventPropagation}>
                  <ReadAloud text={idea.text} ownWords />
                </span>
              )}
            </span>
            {!isEditing && <MoveToThemeButton ideaId={ideaId} text={idea.text} />}
          </div>
          {hidden && (
            <p className="hidden-mark" data-testid="hidden-mark">
              {t('board.idea.hiddenMark')}
              <button
                type="button"
                className="card-button"
                aria-label={t('board.idea.restoreLabel', { idea: idea.text.trim() || t('board.idea.emptyInLabel') })}
                onPointerDown={stopEventPropagation}
                onClick={() => setHidden(ideaId, false)}
              >
                <ButtonPicture emoji="👁️" />
                {t('board.idea.restore')}
              </button>
            </p>
          )}
          <p className="idea-text" data-testid="idea-text" dir="auto" aria-hidden={isEditing || undefined}>
            {idea.text}
          </p>
          {!isEditing && idea.text === '' && <p className="idea-empty">{t('board.idea.writeHere')}</p>}
          {isEditing && text && <IdeaTextEditor text={text} shape={shape} editor={editor} />}
          {authorName && (
            <p className="idea-author" data-testid="idea-author">
              <span className="visually-hidden">{t('board.idea.writtenBy')} </span>
              <span dir="auto">{authorName}</span>
            </p>
          )}
          {!isEditing && <IdeaVoting ideaId={ideaId} text={idea.text} />}
          {!isEditing && authorId && <IdeaActions ideaId={ideaId} text={idea.text} authorId={authorId} hidden={hidden} />}
        </>
      ) : (
        <p className="idea-empty">{t('board.idea.removed')}</p>
      )}
    </div>
  )
}
