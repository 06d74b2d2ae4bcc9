// "Picture of the board": everything on the page as PNG or SVG, made in this browser by
// tldraw's own export. Fonts are embedded from this site; nothing is fetched from elsewhere.
import type { Editor, TLShapeId } from 'tldraw'
import { IDEA_SHAPE_TYPE, type IdeaShape } from '../board/ideaShape/ideaShapeSchema.ts'

export type PictureFormat = 'png' | 'svg'

const PADDING = 32

export async function boardPicture(editor: Editor, format: PictureFormat, hiddenIdeaIds: readonly string[]): Promise<Blob | null> {
  const hidden = new Set(hiddenIdeaIds)
  // Hidden ideas stay out of the picture, as they stay out of every other export.
  const ids = [...editor.getCurrentPageShapeIds()].filter((id) => {
    const shape = editor.getShape(id)
    return shape && !(shape.type === IDEA_SHAPE_TYPE && hidden.has((shape as IdeaShape).props.ideaId))
  }) as TLShapeId[]
  if (ids.length === 0) return null
  if (format === 'svg') {
    const result = await editor.getSvgString(ids, { background: true, padding: PADDING })
    return result ? new Blob([result.svg], { type: 'image/svg+xml' }) : null
  }
  const result = await editor.toImage(ids, { format: 'png', background: true, padding: PADDING, scale: 2 })
  return result.blob
}
