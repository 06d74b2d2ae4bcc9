// The idea card's behaviour on the canvas: a resizable box, editable with a double-click or
// Enter, that reads its words and picture from the board so it looks the same for everyone.
import type { Board } from '@roundtable/shared'
import { BaseBoxShapeUtil, HTMLContainer, type TLResizeInfo, resizeBox } from 'tldraw'
import { tNow } from '../../i18n/useT.ts'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE, type IdeaShape, ideaShapeMigrations, ideaShapeProps } from './ideaShapeSchema.ts'
import { IdeaShapeView } from './IdeaShapeView.tsx'

export interface IdeaShapeOptions {
  board: Board | null
  /** Who is using this browser, so an empty idea they started can be tidied away. */
  participantId: () => string | null
}

export class IdeaShapeUtil extends BaseBoxShapeUtil<IdeaShape> {
  static override type = IDEA_SHAPE_TYPE
  static override props = ideaShapeProps
  static override migrations = ideaShapeMigrations

  override options: IdeaShapeOptions = { board: null, participantId: () => null }

  override getDefaultProps(): IdeaShape['props'] {
    return { ...IDEA_CARD_SIZE, ideaId: '' }
  }

  override canEdit(): boolean {
    return true
  }

  override onResize(shape: IdeaShape, info: TLResizeInfo<IdeaShape>) {
    return resizeBox(shape, info, { minWidth: 120, minHeight: 80 })
  }

  override getText(shape: IdeaShape): string | undefined {
    return this.options.board?.idea(shape.props.ideaId)?.text
  }

  override getAriaDescriptor(shape: IdeaShape): string | undefined {
    const text = this.getText(shape)
    return text ? tNow('board.idea.describe', { text }) : tNow('board.idea.describeEmpty')
  }

  /** An idea you started and left empty is removed, as tldraw does with empty text. */
  override onEditEnd(shape: IdeaShape): void {
    const idea = this.options.board?.idea(shape.props.ideaId)
    if (idea && idea.text.trim() === '' && idea.authorId === this.options.participantId()) {
      this.editor.deleteShapes([shape.id])
    }
  }

  override component(shape: IdeaShape) {
    return (
      <HTMLContainer>
        <IdeaShapeView shape={shape} editor={this.editor} board={this.options.board} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: IdeaShape): Path2D {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 12)
    return path
  }
}
