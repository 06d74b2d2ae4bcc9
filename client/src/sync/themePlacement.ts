// Where idea cards belong, given their ideas' themes: pure, so every browser that looks at
// the same board computes the same moves, and two people moving one idea at once end up
// with the card where the merged `themeId` says.

/** A rectangle: page coordinates for things on the page, a frame's own coordinates for its children. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface ThemeFrame {
  themeId: string
  shapeId: string
  /** On the page. */
  box: Box
  /** Everything inside the frame (cards and drawings), in the frame's coordinates. */
  children: ReadonlyArray<{ shapeId: string; box: Box }>
}

export interface PlacedCard {
  shapeId: string
  ideaId: string
  parentId: string
  /** In its parent's coordinates. */
  box: Box
}

/** What deciding whether a card stays put needs to know of the board. */
export interface PlacementCheck {
  pageId: string
  /** Ids of themes that exist. */
  themeIds: ReadonlySet<string>
  /** The frames of existing themes. */
  frames: ReadonlyArray<Pick<ThemeFrame, 'themeId' | 'shapeId'>>
  /** Whether a shape is in the store, so a card whose frame has gone can be found. */
  shapeIds: { has(shapeId: string): boolean }
}

export interface PlacementInput extends PlacementCheck {
  /** The frames of existing themes, on the page. */
  frames: readonly ThemeFrame[]
  /** Idea cards whose idea exists, with that idea's themeId. */
  cards: ReadonlyArray<PlacedCard & { themeId: string | null }>
  /** Every other shape on the page (not a theme frame), to stay clear of. */
  onPage: ReadonlyArray<{ shapeId: string; box: Box }>
}

export interface CardMove {
  shapeId: string
  ideaId: string
  parentId: string
  /** In the new parent's coordinates. */
  x: number
  y: number
}

export interface FrameGrowth {
  shapeId: string
  w: number
  h: number
}

export interface Placement {
  cards: CardMove[]
  frames: FrameGrowth[]
}

/** Space between cards, and between a frame's edge and the cards in it. */
export const GAP = 24
export const FRAME_PADDING = 32

/** The theme a card's position puts it in: its frame's theme, or null. */
export function themeOfPlacement(parentId: string, frames: PlacementCheck['frames']): string | null {
  return frames.find((frame) => frame.shapeId === parentId)?.themeId ?? null
}

/**
 * Whether planPlacement leaves a card where it is: in its idea's theme's frame (on the page
 * when the idea has no theme), or waiting because that theme's frame is not made yet.
 */
export function staysPut(card: { parentId: string; themeId: string | null }, board: PlacementCheck): boolean {
  const wanted = card.themeId !== null && board.themeIds.has(card.themeId) ? card.themeId : null
  // The theme is there but its frame is not yet: wait for it rather than guess.
  if (wanted !== null && !board.frames.some((frame) => frame.themeId === wanted)) return true
  const orphaned = card.parentId !== board.pageId && !board.shapeIds.has(card.parentId)
  return themeOfPlacement(card.parentId, board.frames) === wanted && !orphaned
}

/**
 * The moves that put every card where its idea's theme says: into its theme's frame (in the
 * first free slot, the frame growing when it is full), or out beside the frames when it has
 * no theme. A card already in the right place does not move. Cards are handled in the order
 * given, so callers pass them in an order every browser shares.
 */
export function planPlacement(input: PlacementInput): Placement {
  const framesById = new Map(input.frames.map((frame) => [frame.themeId, frame]))
  // What each frame holds and how big it is, updated as cards are planned into it.
  const inside = new Map(input.frames.map((frame) => [frame.shapeId, frame.children.map((child) => ({ ...child }))]))
  const sizes = new Map(input.frames.map((frame) => [frame.shapeId, { w: frame.box.w, h: frame.box.h }]))
  const page = input.onPage.map((shape) => ({ ...shape }))
  const moves: CardMove[] = []

  for (const card of input.cards) {
    if (staysPut(card, input)) continue
    const wanted = card.themeId !== null && input.themeIds.has(card.themeId) ? card.themeId : null
    const frame = wanted === null ? null : framesById.get(wanted)

    removeShape(inside, page, card.shapeId)
    if (frame) {
      const size = sizes.get(frame.shapeId) ?? { w: frame.box.w, h: frame.box.h }
      const taken = inside.get(frame.shapeId) ?? []
      const obstacles = [
        ...page.map((shape) => shape.box),
        ...input.frames.filter((other) => other.shapeId !== frame.shapeId).map((other) => ({ ...other.box, ...sizes.get(other.shapeId) })),
      ]
      const slot = slotInFrame({ ...frame.box, ...size }, taken, card.box, obstacles)
      taken.push({ shapeId: card.shapeId, box: { ...card.box, x: slot.x, y: slot.y } })
      inside.set(frame.shapeId, taken)
      sizes.set(frame.shapeId, {
        w: Math.max(size.w, slot.x + card.box.w + FRAME_PADDING),
        h: Math.max(size.h, slot.y + card.box.h + FRAME_PADDING),
      })
      moves.push({ shapeId: card.shapeId, ideaId: card.ideaId, parentId: frame.shapeId, x: slot.x, y: slot.y })
    } else {
      const spot = spotBesideFrames(input.frames, page, card.box)
      page.push({ shapeId: card.shapeId, box: { ...card.box, x: spot.x, y: spot.y } })
      moves.push({ shapeId: card.shapeId, ideaId: card.ideaId, parentId: input.pageId, x: spot.x, y: spot.y })
    }
  }

  const frames: FrameGrowth[] = []
  for (const frame of input.frames) {
    const size = sizes.get(frame.shapeId)
    if (size && (size.w !== frame.box.w || size.h !== frame.box.h)) frames.push({ shapeId: frame.shapeId, ...size })
  }
  return { cards: moves, frames }
}

/**
 * A free card-sized slot in a frame (`frame` on the page), row by row. When every slot is
 * taken the frame must grow: by a row below, unless that would cover something on the page
 * and a column to the right would not.
 */
export function slotInFrame(
  frame: Box,
  taken: ReadonlyArray<{ box: Box }>,
  card: { w: number; h: number },
  obstacles: readonly Box[] = [],
): { x: number; y: number } {
  const columns = Math.max(1, Math.floor((frame.w - 2 * FRAME_PADDING + GAP) / (card.w + GAP)))
  const isFree = (x: number, y: number) => !taken.some(({ box }) => overlaps({ x, y, w: card.w, h: card.h }, box))
  const at = (column: number, row: number) => ({ x: FRAME_PADDING + column * (card.w + GAP), y: FRAME_PADDING + row * (card.h + GAP) })
  let below: { x: number; y: number } | null = null
  for (let row = 0; row < 1000 && !below; row++) {
    for (let column = 0; column < columns; column++) {
      const slot = at(column, row)
      if (!isFree(slot.x, slot.y)) continue
      if (slot.y + card.h + FRAME_PADDING <= frame.h) return slot
      below = slot
      break
    }
  }
  const clear = (grown: Box) => !obstacles.some((box) => overlaps(grown, box))
  const downwards = below ?? at(0, 0)
  if (clear({ ...frame, h: Math.max(frame.h, downwards.y + card.h + FRAME_PADDING) })) return downwards
  for (let column = columns; column < columns + 50; column++) {
    const right = at(column, 0)
    if (!isFree(right.x, right.y)) continue
    if (clear({ ...frame, w: Math.max(frame.w, right.x + card.w + FRAME_PADDING) })) return right
    break
  }
  return downwards
}

/**
 * A free spot for a card taken out of the themes: in a column to the right of the frames,
 * from their top down, or below everything when there are no frames.
 */
export function spotBesideFrames(
  frames: readonly ThemeFrame[],
  onPage: ReadonlyArray<{ box: Box }>,
  card: { w: number; h: number },
): { x: number; y: number } {
  const isFree = (x: number, y: number) => !onPage.some(({ box }) => overlaps({ x, y, w: card.w, h: card.h }, box))
  if (frames.length > 0) {
    const right = Math.max(...frames.map((frame) => frame.box.x + frame.box.w)) + GAP * 2
    const top = Math.min(...frames.map((frame) => frame.box.y))
    for (let column = 0; column < 100; column++) {
      for (let row = 0; row < 20; row++) {
        const x = right + column * (card.w + GAP)
        const y = top + row * (card.h + GAP)
        if (isFree(x, y)) return { x, y }
      }
    }
  }
  const bottom = onPage.reduce((lowest, { box }) => Math.max(lowest, box.y + box.h), 0)
  const left = onPage.reduce((leftmost, { box }) => Math.min(leftmost, box.x), Number.POSITIVE_INFINITY)
  return { x: Number.isFinite(left) ? left : 0, y: onPage.length > 0 ? bottom + GAP : 0 }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y
}

function removeShape(
  inside: Map<string, Array<{ shapeId: string; box: Box }>>,
  page: Array<{ shapeId: string; box: Box }>,
  shapeId: string,
): void {
  for (const [frameId, children] of inside) inside.set(frameId, children.filter((child) => child.shapeId !== shapeId))
  const index = page.findIndex((shape) => shape.shapeId === shapeId)
  if (index >= 0) page.splice(index, 1)
}
