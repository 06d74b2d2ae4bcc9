// tldraw asks for all 16 of its font files (about 1.5 MB) as the canvas mounts, ready for
// whenever someone picks one of its fonts. Decoding them held the page up: first between the
// first card and the page answering a key (about 250 ms in Chromium on a 2-core machine), and,
// asked for a moment later instead, during whatever the person was doing then (a frame of up to
// 267 ms while panning). Each shape on the canvas asks for the fonts it uses as it renders (idea
// cards use the page's own font), so only the face a new text, note or label starts in is asked
// for ahead of need, once the board has loaded; the other 15 come only if something uses them.
import type { Editor, TLFontFace } from 'tldraw'

/** How long after the whole board is in the canvas the default face is asked for. */
export const FONT_PRELOAD_DELAY_MS = 2000

/** tldraw's font manager keeps the fonts asked for in a queue it sends on the next microtask; its type keeps the queue private. */
interface FontQueue {
  fontsToLoad?: unknown
}

/** The face tldraw's text, notes and labels use until someone picks another font or style. */
export function isDefaultFace(face: TLFontFace): boolean {
  return face.family === 'tldraw_draw' && (face.style ?? 'normal') === 'normal' && (face.weight ?? 'normal') === 'normal'
}

/**
 * Takes back the fonts tldraw queued as the canvas mounted, and returns what asks for the
 * default face among them (call it once the board has loaded; it does nothing after the editor
 * is gone). Call it from onMount, before the queue goes out. A tldraw that keeps no such queue
 * loses nothing: its fonts are then asked for as before.
 */
export function holdBackFontPreload(editor: Editor): () => void {
  const queue = (editor.fonts as unknown as FontQueue).fontsToLoad
  if (!(queue instanceof Set) || queue.size === 0) return () => {}
  const held = ([...queue] as TLFontFace[]).filter(isDefaultFace)
  queue.clear()
  return () => {
    if (!editor.isDisposed && held.length > 0) editor.fonts.requestFonts(held)
  }
}
