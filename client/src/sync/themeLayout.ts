// Reading the canvas for the placement rules, and turning a placement back into records:
// the tldraw side of themePlacement.ts, over a store, with no editor.
import { type Board, type Theme, type Themes, ideaIdOfShape, ideaShapeId, themeIdOfShape, themeShapeId } from '@roundtable/shared'
import { type IndexKey, type TLFrameShape, type TLRecord, type TLShape, type TLStore, getIndexAbove } from 'tldraw'
import { IDEA_SHAPE_TYPE, type IdeaShape } from '../board/ideaShape/ideaShapeSchema.ts'
import { type Box, FRAME_PADDING, GAP, type Placement, type PlacementInput, staysPut } from './themePlacement.ts'

/** A new theme's frame: room for two cards side by side. */
export const THEME_FRAME_SIZE = { w: FRAME_PADDING * 2 + 240 * 2 + GAP, h: FRAME_PADDING * 2 + 160 } as const

/** The board as the placement rules see it; `include` picks which cards may move. */
export function readPlacement(store: TLStore, board: Board, themes: Themes, include: (ideaId: string) => boolean = () => true): PlacementInput {
  const pageId = firstPageId(store) ?? 'page:page'
  const shapes = shapesIn(store)
  const themeIds = new Set(themes.list().map((theme) => theme.id))
  const frames = framesOfThemes(store, themeIds).map((frame) => ({
    themeId: themeIdOfShape(frame.id) as string,
    shapeId: frame.id as string,
    box: { x: frame.x, y: frame.y, w: frame.props.w, h: frame.props.h },
    children: shapes.filter((shape) => shape.parentId === frame.id).map((shape) => ({ shapeId: shape.id as string, box: boxOf(shape) })),
  }))
  const frameIds = new Set(frames.map((frame) => frame.shapeId))
  const cards = shapes
    .flatMap((shape) => {
      const ideaId = cardIdeaId(shape)
      // Asked before reading the idea: on a big board most cards are not to move, and reading an idea costs.
      if (ideaId === null || !include(ideaId)) return []
      const idea = board.idea(ideaId)
      if (!idea) return []
      return [{ shapeId: shape.id as string, ideaId: idea.id, parentId: shape.parentId as string, box: boxOf(shape), themeId: idea.themeId }]
    })
    // Every browser plans the cards in the same order, so they agree on the slots.
    .sort((a, b) => (a.ideaId < b.ideaId ? -1 : a.ideaId > b.ideaId ? 1 : 0))
  return {
    pageId,
    themeIds,
    frames,
    cards,
    onPage: shapes.filter((shape) => shape.parentId === pageId && !frameIds.has(shape.id)).map((shape) => ({ shapeId: shape.id as string, box: boxOf(shape) })),
    shapeIds: new Set(shapes.map((shape) => shape.id as string)),
  }
}

/**
 * Whether any of these ideas' cards would move in a placement of just them. Reads only their
 * cards, where readPlacement reads the whole board: most changes to ideas (new ideas, new
 * words) move no card, and on a big board this answers that in a fraction of the time.
 */
export function anyMisplaced(store: TLStore, board: Board, themes: Themes, ideaIds: Iterable<string>): boolean {
  const themeIds = new Set(themes.list().map((theme) => theme.id))
  const frames = framesOfThemes(store, themeIds).map((frame) => ({ themeId: themeIdOfShape(frame.id) as string, shapeId: frame.id as string }))
  const check = { pageId: firstPageId(store) ?? 'page:page', themeIds, frames, shapeIds: { has: (id: string) => store.has(id as TLShape['id']) } }
  for (const ideaId of ideaIds) {
    const card = store.get(ideaShapeId(ideaId) as TLShape['id'])
    if (!card || cardIdeaId(card) !== ideaId) continue
    const idea = board.idea(ideaId)
    if (idea && !staysPut({ parentId: (card as TLShape).parentId, themeId: idea.themeId }, check)) return true
  }
  return false
}

/** The records after a placement: cards with their new parent, place and order; frames grown. */
export function placedRecords(store: TLStore, placement: Placement): Array<{ before: TLShape; after: TLShape }> {
  const changes: Array<{ before: TLShape; after: TLShape }> = []
  const topIndex = new Map<string, IndexKey | undefined>()
  const highestIn = (parentId: string) => {
    if (!topIndex.has(parentId)) topIndex.set(parentId, highestIndex(shapesIn(store).filter((shape) => shape.parentId === parentId)))
    return topIndex.get(parentId)
  }
  for (const move of placement.cards) {
    const before = store.get(move.shapeId as TLShape['id']) as TLShape | undefined
    if (!before) continue
    let index = before.index
    // A card entering a frame (or the page) goes on top of what is already there.
    if (before.parentId !== move.parentId) {
      index = getIndexAbove(highestIn(move.parentId))
      topIndex.set(move.parentId, index)
    }
    changes.push({ before, after: { ...before, parentId: move.parentId as TLShape['parentId'], x: move.x, y: move.y, index } })
  }
  for (const growth of placement.frames) {
    const before = store.get(growth.shapeId as TLShape['id']) as TLFrameShape | undefined
    if (before) changes.push({ before, after: { ...before, props: { ...before.props, w: growth.w, h: growth.h } } })
  }
  return changes
}

/** A frame for a theme that has none (made elsewhere, without a canvas): to the right of the other frames. */
export function newFrame(store: TLStore, theme: Theme, frames: readonly TLFrameShape[]): TLFrameShape | null {
  const page = firstPageId(store)
  if (!page) return null
  const onPage = shapesIn(store).filter((shape) => shape.parentId === page)
  const right = frames.length > 0 ? Math.max(...frames.map((frame) => frame.x + frame.props.w)) + GAP * 2 : 0
  const top =
    frames.length > 0 ? Math.min(...frames.map((frame) => frame.y)) : onPage.reduce((low, shape) => Math.max(low, shape.y + sizeOf(shape).h), 0) + GAP * 2
  return store.schema.types.shape.create({
    id: themeShapeId(theme.id),
    type: 'frame',
    parentId: page,
    index: getIndexAbove(highestIndex(onPage)),
    x: right,
    y: top,
    props: { ...THEME_FRAME_SIZE, name: theme.name, color: theme.colour },
  } as TLFrameShape) as TLFrameShape
}

export function themeFrames(store: TLStore): TLFrameShape[] {
  return shapesIn(store).filter((shape): shape is TLFrameShape => themeIdOfFrame(shape) !== null)
}

/** The frames of themes that exist. */
function framesOfThemes(store: TLStore, themeIds: ReadonlySet<string>): TLFrameShape[] {
  return themeFrames(store).filter((frame) => themeIds.has(themeIdOfShape(frame.id) ?? ''))
}

export function themeIdOfFrame(record: TLRecord): string | null {
  if (record.typeName !== 'shape' || record.type !== 'frame') return null
  return themeIdOfShape(record.id)
}

/** The idea a card shows, when the record is that idea's own card (not a copy). */
export function cardIdeaId(record: TLRecord): string | null {
  if (record.typeName !== 'shape' || record.type !== IDEA_SHAPE_TYPE) return null
  const ideaId = (record as IdeaShape).props.ideaId
  return record.id === ideaShapeId(ideaId) && ideaIdOfShape(record.id) === ideaId ? ideaId : null
}

function shapesIn(store: TLStore): TLShape[] {
  return store.allRecords().filter((record): record is TLShape => record.typeName === 'shape')
}

function firstPageId(store: TLStore): TLShape['parentId'] | null {
  const pages = store.allRecords().filter((record) => record.typeName === 'page')
  pages.sort((a, b) => (a.index < b.index ? -1 : 1))
  return pages[0]?.id ?? null
}

function highestIndex(shapes: readonly TLShape[]): IndexKey | undefined {
  return shapes.reduce<IndexKey | undefined>((top, shape) => (!top || shape.index > top ? shape.index : top), undefined)
}

function sizeOf(shape: TLShape): { w: number; h: number } {
  const { w, h } = shape.props as { w?: unknown; h?: unknown }
  return { w: typeof w === 'number' ? w : 0, h: typeof h === 'number' ? h : 0 }
}

function boxOf(shape: TLShape): Box {
  return { x: shape.x, y: shape.y, ...sizeOf(shape) }
}
