// What the canvas draws for an idea card. tldraw mounts every shape on the page and hides
// the ones out of view, so on a big board a card off screen is an empty box of its size;
// its words, buttons and subscriptions appear when it comes into view.
import type { Board } from '@roundtable/shared'
import { type Editor, useSvgExportContext, useValue } from 'tldraw'
import { IdeaCard } from './IdeaCard.tsx'
import type { IdeaShape } from './ideaShapeSchema.ts'
import { offScreenFlag } from './offScreenCards.ts'

export function IdeaShapeView({ shape, editor, board }: { shape: IdeaShape; editor: Editor; board: Board | null }) {
  // tldraw never culls a selected card or the one being edited, and a picture of the board shows every card.
  const isExport = useSvgExportContext() !== null
  const offScreen = useValue(offScreenFlag(editor, shape.id))
  if (offScreen && !isExport) return <div className="idea-card-off-screen" style={{ width: shape.props.w, height: shape.props.h }} />
  return <IdeaCard shape={shape} editor={editor} board={board} />
}
