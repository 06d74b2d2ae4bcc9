// Puts a person's private ideas on the board at a reveal: all in one change, with one
// time for all of them and in a shuffled order, so nothing says who wrote what or when.
import { type Board, type Participant, ideaShapeId, randomId } from '@roundtable/shared'
import type { Editor, TLShapeId } from 'tldraw'
import type { CanvasBinding } from '../sync/CanvasBinding.ts'
import { takenRects } from './addIdea.ts'
import { scatteredSpots, shuffle } from './cardSpots.ts'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE, type IdeaShape } from './ideaShape/ideaShapeSchema.ts'

export function publishIdeas(
  editor: Editor,
  binding: CanvasBinding,
  board: Board,
  participant: Participant,
  texts: readonly string[],
  random: () => number = Math.random,
): void {
  const ideas = shuffle(
    texts.filter((text) => text.trim() !== ''),
    random,
  )
  if (ideas.length === 0) return
  const centre = editor.getViewportPageBounds().center
  const spots = scatteredSpots(centre, IDEA_CARD_SIZE, takenRects(editor), ideas.length, random)
  const publishedAt = Date.now()
  // Outside undo: pressing undo must not take a revealed idea back into private.
  editor.run(
    () => {
      binding.transact(() => {
        ideas.forEach((text, n) => {
          const ideaId = randomId()
          const spot = spots[n] ?? centre
          board.addIdea({ id: ideaId, text, authorId: participant.id, picture: participant.picture, createdAt: publishedAt })
          editor.createShape<IdeaShape>({
            id: ideaShapeId(ideaId) as TLShapeId,
            type: IDEA_SHAPE_TYPE,
            x: spot.x,
            y: spot.y,
            props: { ...IDEA_CARD_SIZE, ideaId },
          })
        })
      })
    },
    { history: 'ignore' },
  )
}
