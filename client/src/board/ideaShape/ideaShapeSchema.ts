// The record shape of an idea card on the canvas. It holds only geometry and the idea's
// id: what the idea says (and its picture) lives in the board's ideas map.
import { T, type RecordProps, type TLShape, createShapePropsMigrationSequence } from 'tldraw'

export const IDEA_SHAPE_TYPE = 'idea'

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [IDEA_SHAPE_TYPE]: { w: number; h: number; ideaId: string }
  }
}

export type IdeaShape = TLShape<typeof IDEA_SHAPE_TYPE>

/** A new card's size, in page units: room for a picture and a short sentence or two. */
export const IDEA_CARD_SIZE = { w: 240, h: 160 } as const

export const ideaShapeProps: RecordProps<IdeaShape> = {
  w: T.nonZeroFiniteNumber,
  h: T.nonZeroFiniteNumber,
  ideaId: T.string,
}

export const ideaShapeMigrations = createShapePropsMigrationSequence({ sequence: [] })

/** What createTLSchema needs to know about the idea shape (used by tests and the app alike). */
export const ideaShapeSchema = { props: ideaShapeProps, migrations: ideaShapeMigrations }
