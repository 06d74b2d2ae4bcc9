// tldraw's pattern fill (the hatching a drawn shape may have) draws a tile image for every
// zoom level as the canvas starts: a quarter of a second on a slow laptop, right while a
// board opens, for a fill few boards use. The shapes that may have it (drawings, geometric
// shapes, arrows) stay; the pattern is drawn once a shape on the board has that fill or the
// person picks it for their next shape, so a board without one never pays for it.
import { useMemo } from 'react'
import {
  ArrowShapeUtil,
  DefaultFillStyle,
  DrawShapeUtil,
  type Editor,
  GeoShapeUtil,
  type TLShapeUtilCanvasSvgDef,
  useEditor,
  useValue,
} from 'tldraw'

const deferredComponents = new Map<TLShapeUtilCanvasSvgDef['component'], TLShapeUtilCanvasSvgDef['component']>()

function usePatternInUse(editor: Editor): boolean {
  // tldraw's own query follows changes to shapes incrementally, not by reading every shape.
  const filled = useMemo(
    () => editor.store.query.ids('shape', () => ({ props: { fill: { eq: 'pattern' } } })),
    [editor],
  )
  return useValue('pattern fill in use', () => filled.get().size > 0 || editor.getStyleForNextShape(DefaultFillStyle) === 'pattern', [editor, filled])
}

function deferred(defs: TLShapeUtilCanvasSvgDef[]): TLShapeUtilCanvasSvgDef[] {
  return defs.map(({ key, component }) => {
    let later = deferredComponents.get(component)
    if (!later) {
      const Inner = component
      later = function DrawnWhenUsed() {
        const editor = useEditor()
        return usePatternInUse(editor) ? <Inner /> : null
      }
      deferredComponents.set(component, later)
    }
    return { key, component: later }
  })
}

// All three, since tldraw keeps the first definition it meets for the shared pattern's key.
export class GeoShapeWithLaterPattern extends GeoShapeUtil {
  override getCanvasSvgDefs(): TLShapeUtilCanvasSvgDef[] {
    return deferred(super.getCanvasSvgDefs())
  }
}

export class DrawShapeWithLaterPattern extends DrawShapeUtil {
  override getCanvasSvgDefs(): TLShapeUtilCanvasSvgDef[] {
    return deferred(super.getCanvasSvgDefs())
  }
}

export class ArrowShapeWithLaterPattern extends ArrowShapeUtil {
  override getCanvasSvgDefs(): TLShapeUtilCanvasSvgDef[] {
    return deferred(super.getCanvasSvgDefs())
  }
}
