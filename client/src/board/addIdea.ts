// "Add an idea": a new idea and its card in one change, in the middle of what you are
// looking at, selected and open for typing.
import { type Board, type Participant, ideaShapeId, randomId } from '@roundtable/shared'
import type { Editor, TLShapeId } from 'tldraw'
import type { CanvasBinding } from '../sync/CanvasBinding.ts'
import { type Rect, freeSpots } from './cardSpots.ts'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE, type IdeaShape } from './ideaShape/ideaShapeSchema.ts'

export function addIdea(editor: Editor, binding: CanvasBinding, board: Board, participant: Participant): string {
  const ideaId = randomId()
  const id = ideaShapeId(ideaId) as TLShapeId
  const { x, y } = freeSpotNearCentre(editor)
  editor.markHistoryStoppingPoint('add idea')
  binding.transact(() => {
    board.addIdea({ id: ideaId, text: '', authorId: participant.id, picture: participant.picture })
    editor.createShape<IdeaShape>({ id, type: IDEA_SHAPE_TYPE, x, y, props: { ...IDEA_CARD_SIZE, ideaId } })
  })
  const shape = editor.getShape(id)
  if (!shape) return ideaId
  // One batch, so what tldraw works out from its state (on a big board, over every card) is worked out once.
  editor.run(() => {
    editor.focus()
    editor.select(id)
    editor.setEditingShape(id)
    editor.setCurrentTool('select.editing_shape', { target: 'shape', shape })
  })
  return ideaId
}

/** The middle of the view if it is free, else the nearest free card-sized spot around it, so new ideas never hide others. */
function freeSpotNearCentre(editor: Editor): { x: number; y: number } {
  const centre = editor.getViewportPageBounds().center
  const spot = freeSpots(centre, IDEA_CARD_SIZE, takenRects(editor))[0]
  return spot ?? { x: centre.x - IDEA_CARD_SIZE.w / 2, y: centre.y - IDEA_CARD_SIZE.h / 2 }
}

/** The page bounds of every shape on the current page. */
export function takenRects(editor: Editor): Rect[] {
  return editor
    .getCurrentPageShapes()
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds) => bounds !== undefined)
}
