// tldraw asks for all 16 of its font files (about 1.5 MB) as the canvas mounts, ready for
// whenever someone picks one of its fonts. Decoding them held the page up just as a board
// first showed: in Chromium on a 2-core machine, about 250 ms between the first card and the
// page answering a key. The shapes on a board ask for the fonts they use as they render (idea
// cards use the page's own font), so only the rest waits, until the board has loaded.
import type { Editor, TLFontFace } from 'tldraw'

/** How long after the whole board is in the canvas the rest of tldraw's fonts are asked for. */
export const FONT_PRELOAD_DELAY_MS = 2000

/** tldraw's font manager keeps the fonts asked for in a queue it sends on the next microtask; its type keeps the queue private. */
interface FontQueue {
  fontsToLoad?: unknown
}

/**
 * Takes back the fonts tldraw queued as the canvas mounted, and returns what asks for them
 * again (call it once the board has loaded; it does nothing after the editor is gone). Call
 * it from onMount, before the queue goes out. A tldraw that keeps no such queue loses nothing:
 * its fonts are then asked for as before.
 */
export function holdBackFontPreload(editor: Editor): () => void {
  const queue = (editor.fonts as unknown as FontQueue).fontsToLoad
  if (!(queue instanceof Set) || queue.size === 0) return () => {}
  const held = [...queue] as TLFontFace[]
  queue.clear()
  return () => {
    if (!editor.isDisposed) editor.fonts.requestFonts(held)
  }
}
