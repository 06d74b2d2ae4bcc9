import { describe, expect, it } from 'vitest'
import { FRAME_PADDING, GAP, type PlacementInput, type ThemeFrame, planPlacement } from './themePlacement.ts'

const CARD = { w: 240, h: 160 }
const PAGE = 'page:page'

function frame(themeId: string, x: number, y: number, children: ThemeFrame['children'] = [], size = { w: 800, h: 400 }): ThemeFrame {
  return { themeId, shapeId: `shape:theme-${themeId}`, box: { x, y, ...size }, children }
}

function card(ideaId: string, parentId: string, themeId: string | null, x = 0, y = 0) {
  return { shapeId: `shape:idea-${ideaId}`, ideaId, parentId, box: { x, y, ...CARD }, themeId }
}

function input(parts: Partial<PlacementInput> & Pick<PlacementInput, 'frames' | 'cards'>): PlacementInput {
  const shapeIds = new Set([...parts.frames.map((f) => f.shapeId), ...parts.cards.map((c) => c.shapeId)])
  return {
    pageId: PAGE,
    themeIds: new Set(parts.frames.map((f) => f.themeId)),
    onPage: parts.cards.filter((c) => c.parentId === PAGE).map((c) => ({ shapeId: c.shapeId, box: c.box })),
    shapeIds,
    ...parts,
  }
}

describe('placing cards by their ideas’ themes', () => {
  it('leaves every card alone when each is where its theme says', () => {
    const waiting = frame('waiting', 0, 0, [{ shapeId: 'shape:idea-a', box: { x: 32, y: 32, ...CARD } }])
    const plan = planPlacement(input({ frames: [waiting], cards: [card('a', waiting.shapeId, 'waiting', 32, 32), card('b', PAGE, null, 900, 0)] }))
    expect(plan).toEqual({ cards: [], frames: [] })
  })

  it('moves a card into its theme’s frame, in the first free slot', () => {
    const taken = { shapeId: 'shape:idea-a', box: { x: FRAME_PADDING, y: FRAME_PADDING, ...CARD } }
    const waiting = frame('waiting', 100, 50, [taken])
    const plan = planPlacement(input({ frames: [waiting], cards: [card('a', waiting.shapeId, 'waiting', FRAME_PADDING, FRAME_PADDING), card('b', PAGE, 'waiting', 2000, 0)] }))
    expect(plan.cards).toEqual([{ shapeId: 'shape:idea-b', ideaId: 'b', parentId: waiting.shapeId, x: FRAME_PADDING + CARD.w + GAP, y: FRAME_PADDING }])
    expect(plan.frames).toEqual([])
  })

  it('grows a full frame downwards to make room', () => {
    const small = frame('signs', 0, 0, [], { w: FRAME_PADDING * 2 + CARD.w, h: FRAME_PADDING * 2 + CARD.h })
    const plan = planPlacement(input({ frames: [small], cards: [card('a', PAGE, 'signs', 1000, 0), card('b', PAGE, 'signs', 1000, 300)] }))
    expect(plan.cards.map((move) => [move.ideaId, move.x, move.y])).toEqual([
      ['a', FRAME_PADDING, FRAME_PADDING],
      ['b', FRAME_PADDING, FRAME_PADDING + CARD.h + GAP],
    ])
    expect(plan.frames).toEqual([{ shapeId: small.shapeId, w: small.box.w, h: FRAME_PADDING * 2 + CARD.h * 2 + GAP }])
  })

  it('grows a full frame to the right when growing down would cover another frame', () => {
    const small = frame('signs', 0, 0, [], { w: FRAME_PADDING * 2 + CARD.w, h: FRAME_PADDING * 2 + CARD.h })
    const below = frame('waiting', 0, small.box.h + GAP)
    const plan = planPlacement(input({ frames: [small, below], cards: [card('a', PAGE, 'signs', 2000, 0), card('b', PAGE, 'signs', 2000, 300)] }))
    expect(plan.cards.map((move) => [move.ideaId, move.x, move.y])).toEqual([
      ['a', FRAME_PADDING, FRAME_PADDING],
      ['b', FRAME_PADDING + CARD.w + GAP, FRAME_PADDING],
    ])
    expect(plan.frames).toEqual([{ shapeId: small.shapeId, w: FRAME_PADDING * 2 + CARD.w * 2 + GAP, h: small.box.h }])
  })

  it('takes a card with no theme out of a frame, to beside the frames', () => {
    const waiting = frame('waiting', 0, 0, [{ shapeId: 'shape:idea-a', box: { x: 32, y: 32, ...CARD } }])
    const plan = planPlacement(input({ frames: [waiting], cards: [card('a', waiting.shapeId, null, 32, 32)] }))
    expect(plan.cards).toEqual([{ shapeId: 'shape:idea-a', ideaId: 'a', parentId: PAGE, x: 800 + GAP * 2, y: 0 }])
  })

  it('does not put a card out on top of another one', () => {
    const waiting = frame('waiting', 0, 0)
    const already = card('z', PAGE, null, 800 + GAP * 2, 0)
    const plan = planPlacement(input({ frames: [waiting], cards: [card('a', waiting.shapeId, null, 32, 32), already] }))
    expect(plan.cards).toEqual([{ shapeId: 'shape:idea-a', ideaId: 'a', parentId: PAGE, x: 800 + GAP * 2, y: CARD.h + GAP }])
  })

  it('moves a card from one theme’s frame to another’s', () => {
    const waiting = frame('waiting', 0, 0, [{ shapeId: 'shape:idea-a', box: { x: 32, y: 32, ...CARD } }])
    const signs = frame('signs', 0, 600)
    const plan = planPlacement(input({ frames: [waiting, signs], cards: [card('a', waiting.shapeId, 'signs', 32, 32)] }))
    expect(plan.cards).toEqual([{ shapeId: 'shape:idea-a', ideaId: 'a', parentId: signs.shapeId, x: FRAME_PADDING, y: FRAME_PADDING }])
  })

  it('waits for a theme’s frame instead of guessing where it will be', () => {
    const plan = planPlacement(input({ frames: [], cards: [card('a', PAGE, 'new')], themeIds: new Set(['new']) }))
    expect(plan.cards).toEqual([])
  })

  it('treats a theme that no longer exists as no theme, and rescues a card whose frame has gone', () => {
    const plan = planPlacement(input({ frames: [], cards: [card('a', 'shape:theme-gone', 'gone', 40, 40)] }))
    expect(plan.cards).toEqual([{ shapeId: 'shape:idea-a', ideaId: 'a', parentId: PAGE, x: 0, y: 0 }])
  })

  it('leaves a card with no theme in a frame that is not a theme', () => {
    const plan = planPlacement(input({ frames: [], cards: [card('a', 'shape:plainframe', null)], shapeIds: new Set(['shape:plainframe']) }))
    expect(plan.cards).toEqual([])
  })

  it('gives the same moves for the same board, whoever computes them', () => {
    const board = () => input({ frames: [frame('waiting', 0, 0), frame('signs', 0, 600)], cards: [card('a', PAGE, 'signs', 900), card('b', PAGE, 'waiting', 900, 200), card('c', PAGE, 'signs', 900, 400)] })
    expect(planPlacement(board())).toEqual(planPlacement(board()))
    expect(planPlacement(board()).cards.map((move) => [move.ideaId, move.parentId, move.x])).toEqual([
      ['a', 'shape:theme-signs', FRAME_PADDING],
      ['b', 'shape:theme-waiting', FRAME_PADDING],
      ['c', 'shape:theme-signs', FRAME_PADDING + CARD.w + GAP],
    ])
  })
})
