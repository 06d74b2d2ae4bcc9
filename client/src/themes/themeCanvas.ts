// Theme changes that need the canvas: a new theme's frame in free space in view, accepting
// suggested themes, deleting a theme with its ideas kept, and keeping cards on the board
// when a theme's frame is deleted on the canvas.
import { type Themes, themeIdOfShape, themeShapeId } from '@roundtable/shared'
import { type Editor, type TLFrameShape, type TLShape, type TLShapeId, react } from 'tldraw'
import { takenRects } from '../board/addIdea.ts'
import { freeSpots } from '../board/cardSpots.ts'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE } from '../board/ideaShape/ideaShapeSchema.ts'
import type { CanvasBinding } from '../sync/CanvasBinding.ts'
import type { ThemeFrames } from '../sync/ThemeFrames.ts'
import { THEME_FRAME_SIZE } from '../sync/themeLayout.ts'
import { FRAME_PADDING, GAP } from '../sync/themePlacement.ts'

export interface ThemeCanvas {
  editor: Editor
  binding: CanvasBinding
  themes: Themes
  frames: ThemeFrames
}

/** Makes a theme and its frame in one change, in free space in view. Null when the name is empty. */
export function addTheme({ editor, binding, themes }: ThemeCanvas, name: string, ideaCount = 0): string | null {
  if (name.trim() === '') return null
  let themeId: string | null = null
  const size = frameSizeFor(ideaCount)
  const spot = freeSpotInView(editor, size)
  binding.transact(() => {
    themeId = themes.add({ name })
    const theme = themes.get(themeId)
    editor.createShape<TLFrameShape>({
      id: themeShapeId(themeId) as TLShapeId,
      type: 'frame',
      x: spot.x,
      y: spot.y,
      props: { ...size, name: theme?.name ?? name, color: theme?.colour ?? 'light-blue' },
    })
  })
  // No room in view: bring the new frame into view, so the person sees what they made.
  const bounds = themeId ? editor.getShapePageBounds(themeShapeId(themeId) as TLShapeId) : undefined
  if (bounds && !editor.getViewportPageBounds().contains(bounds)) editor.centerOnPoint(bounds.center, { animation: { duration: 300 } })
  return themeId
}

/** Accepts one suggested theme: the theme, its frame and its ideas moved in, as one change. */
export function acceptSuggestion(canvas: ThemeCanvas, suggestion: { name: string; ideaIds: readonly string[] }): string | null {
  let themeId: string | null = null
  canvas.editor.markHistoryStoppingPoint('accept suggested theme')
  canvas.binding.transact(() => {
    themeId = addTheme(canvas, suggestion.name, suggestion.ideaIds.length)
    if (themeId) canvas.frames.moveIdeas(suggestion.ideaIds, themeId)
  })
  return themeId
}

/** Deletes a theme: its cards stay where they are on the page, without a theme; then the frame goes. */
export function deleteTheme({ editor, binding, themes }: ThemeCanvas, themeId: string): void {
  const frameId = themeShapeId(themeId) as TLShapeId
  editor.markHistoryStoppingPoint('delete theme')
  binding.transact(() => {
    // The frame goes first, so its theme is remembered for an undo (see ThemeFrames).
    binding.transact(() => {
      if (!editor.getShape(frameId)) return
      const children = editor.getSortedChildIdsForParent(frameId)
      if (children.length > 0) editor.reparentShapes(children, editor.getCurrentPageId())
      editor.deleteShapes([frameId])
    })
    // No frame on this canvas yet: the theme goes anyway.
    if (themes.get(themeId)) themes.delete(themeId)
  })
}

/**
 * Deleting a theme's frame on the canvas (Delete key, cut, eraser) would delete the cards in
 * it, and so their ideas. Cards that were not themselves selected are moved to the page,
 * where they are, instead; the frame's theme is then deleted with it (see ThemeFrames).
 */
export function keepCardsOfDeletedFrames(editor: Editor): () => void {
  let deleting = new Set<string>()
  const onDeleted = (ids: TLShapeId[]) => {
    deleting = new Set(ids)
    queueMicrotask(() => (deleting = new Set()))
  }
  editor.on('deleted-shapes', onDeleted)
  const stopHandler = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape: TLShape, source) => {
    if (source !== 'user' || shape.type !== IDEA_SHAPE_TYPE) return
    const parentId = shape.parentId as string
    if (themeIdOfShape(parentId) === null || !deleting.has(parentId) || editor.getSelectedShapeIds().includes(shape.id)) return
    editor.reparentShapes([shape.id], editor.getCurrentPageId())
    return false
  })
  return () => {
    editor.off('deleted-shapes', onDeleted)
    stopHandler()
  }
}

/**
 * Renaming a theme's frame on the canvas: tldraw focuses the name box when editing starts,
 * but a double-click's own mousedown then gives focus back to the canvas, and the typing
 * would go to the canvas as shortcuts. Focus goes back to the name box once that is done.
 */
export function focusFrameNameWhenEditing(editor: Editor): () => void {
  let frame = 0
  let wasEditingFrame = false
  const stop = react('focus frame name', () => {
    const editing = editor.getEditingShape()
    cancelAnimationFrame(frame)
    if (editing?.type !== 'frame') {
      // Enter in the name box blurs it: keep keyboard users on the canvas rather than nowhere.
      if (wasEditingFrame) frame = requestAnimationFrame(() => document.activeElement === document.body && editor.getContainer().focus())
      wasEditingFrame = false
      return
    }
    wasEditingFrame = true
    frame = requestAnimationFrame(() => {
      const input = editor.getContainer().querySelector<HTMLInputElement>('input.tl-frame-name-input:not([disabled])')
      if (input && document.activeElement !== input) {
        input.focus({ preventScroll: true })
        input.select()
      }
    })
  })
  return () => {
    cancelAnimationFrame(frame)
    stop()
  }
}

/** A frame with room for `count` cards, up to three across; two across when empty. */
export function frameSizeFor(count: number): { w: number; h: number } {
  if (count <= 0) return { ...THEME_FRAME_SIZE }
  const columns = Math.min(count, 3)
  const rows = Math.ceil(count / columns)
  return {
    w: FRAME_PADDING * 2 + columns * IDEA_CARD_SIZE.w + (columns - 1) * GAP,
    h: FRAME_PADDING * 2 + rows * IDEA_CARD_SIZE.h + (rows - 1) * GAP,
  }
}

/** Room kept above a frame for its name, which tldraw draws outside the frame. */
const HEADING_ROOM = 40

/** Free space for a frame in view, nearest the middle; else the nearest free space; else to the right of everything. */
function freeSpotInView(editor: Editor, frame: { w: number; h: number }): { x: number; y: number } {
  const size = { w: frame.w, h: frame.h + HEADING_ROOM }
  const taken = takenRects(editor)
  const view = editor.getViewportPageBounds()
  const centre = view.center
  const spots = freeSpots(centre, size, taken, 6)
  const inView = spots.find((s) => s.x >= view.minX && s.y >= view.minY && s.x + size.w <= view.maxX && s.y + size.h <= view.maxY)
  const spot = inView ?? spots[0]
  if (spot) return { x: spot.x, y: spot.y + HEADING_ROOM }
  const right = taken.reduce((edge, rect) => Math.max(edge, rect.maxX), centre.x)
  return { x: right + GAP * 2, y: centre.y - frame.h / 2 }
}
