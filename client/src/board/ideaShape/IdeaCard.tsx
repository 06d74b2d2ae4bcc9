// How an idea looks on the canvas: its picture and words on a plain card, identical for
// every idea whoever wrote it. While you edit it, its words become a text box.
import { pictureLabel } from '@roundtable/shared'
import { type Editor, useIsEditing } from 'tldraw'
import { useBoard } from '../BoardContext.tsx'
import { IdeaTextEditor } from './IdeaTextEditor.tsx'
import type { IdeaShape } from './ideaShapeSchema.ts'
import { useIdea } from './useIdea.ts'

export function IdeaCard({ shape, editor }: { shape: IdeaShape; editor: Editor }) {
  const board = useBoard()
  const idea = useIdea(board, shape.props.ideaId)
  const isEditing = useIsEditing(shape.id)
  const text = board.ideaText(shape.props.ideaId)
  return (
    <div
      className={`idea-card${isEditing ? ' is-editing' : ''}`}
      data-testid="idea-card"
      data-idea-id={shape.props.ideaId}
      style={{ width: shape.props.w, height: shape.props.h }}
    >
      {idea ? (
        <>
          <span className="idea-picture" role="img" aria-label={pictureLabel(idea.picture)}>
            {idea.picture}
          </span>
          <p className="idea-text" data-testid="idea-text" aria-hidden={isEditing || undefined}>
            {idea.text}
          </p>
          {!isEditing && idea.text === '' && <p className="idea-empty">Double-click to write</p>}
          {isEditing && text && <IdeaTextEditor text={text} shape={shape} editor={editor} />}
        </>
      ) : (
        <p className="idea-empty">This idea has been removed.</p>
      )}
    </div>
  )
}
