// Tells the others which part of the board this person is looking at (camera and screen
// size, a few times a second at most), so they can follow this person's view.
import { type Editor, react } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

const INTERVAL_MS = 150

export function shareView(editor: Editor, awareness: Awareness): () => void {
  let timer: number | null = null
  const send = () => {
    timer = null
    const { x, y, z } = editor.getCamera()
    const screen = editor.getViewportScreenBounds()
    awareness.setLocalStateField('pageId', editor.getCurrentPageId())
    awareness.setLocalStateField('view', {
      camera: { x: Math.round(x), y: Math.round(y), z: Math.round(z * 1000) / 1000 },
      screen: { w: Math.round(screen.w), h: Math.round(screen.h) },
    })
  }
  const stop = react('share view', () => {
    editor.getCamera()
    editor.getViewportScreenBounds()
    editor.getCurrentPageId()
    if (timer === null) timer = window.setTimeout(send, INTERVAL_MS)
  })
  return () => {
    stop()
    if (timer !== null) window.clearTimeout(timer)
    awareness.setLocalStateField('view', null)
  }
}
