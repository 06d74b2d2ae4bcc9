// "Add an idea": a new idea and its card in one change, in the middle of what you are
// looking at, selected and open for typing.
import { type Board, type Participant, ideaShapeId, randomId } from '@roundtable/shared'
import type { Editor, TLShapeId } from 'tldraw'
import type { CanvasBinding } from '../sync/CanvasBinding.ts'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE, type IdeaShape } from './ideaShape/ideaShapeSchema.ts'

const GAP = 24

/** Card-sized steps from the middle, nearest first; on the same row first, then right before left. */
const SPOTS: Array<[number, number]> = []
for (let column = -3; column <= 3; column++) for (let row = -3; row <= 3; row++) SPOTS.push([column, row])
SPOTS.sort(([c1, r1], [c2, r2]) => Math.max(Math.abs(c1), Math.abs(r1)) - Math.max(Math.abs(c2), Math.abs(r2)) || Math.abs(r1) - Math.abs(r2) || r1 - r2 || c2 - c1)

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
  if (shape) {
    editor.focus()
    editor.select(id)
    editor.setEditingShape(id)
    editor.setCurrentTool('select.editing_shape', { target: 'shape', shape })
  }
  return ideaId
}

/** The middle of the view if it is free, else the nearest free card-sized spot around it, so new ideas never hide others. */
function freeSpotNearCentre(editor: Editor): { x: number; y: number } {
  const centre = editor.getViewportPageBounds().center
  const start = { x: centre.x - IDEA_CARD_SIZE.w / 2, y: centre.y - IDEA_CARD_SIZE.h / 2 }
  const taken = editor
    .getCurrentPageShapes()
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds) => bounds !== undefined)
  const isFree = (spot: { x: number; y: number }) =>
    !taken.some(
      (b) => spot.x < b.maxX && spot.x + IDEA_CARD_SIZE.w > b.minX && spot.y < b.maxY && spot.y + IDEA_CARD_SIZE.h > b.minY,
    )
  const stepX = IDEA_CARD_SIZE.w + GAP
  const stepY = IDEA_CARD_SIZE.h + GAP
  for (const [column, row] of SPOTS) {
    const spot = { x: start.x + column * stepX, y: start.y + row * stepY }
    if (isFree(spot)) return spot
  }
  return start
}
