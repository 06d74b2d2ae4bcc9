// Tells the others where this person's pointer is on the board (in page coordinates, a few
// times a second at most), through awareness.
import type { Editor } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

const INTERVAL_MS = 50

export function followPointer(editor: Editor, awareness: Awareness): () => void {
  let timer: number | null = null
  const send = () => {
    timer = null
    const point = editor.inputs.getCurrentPagePoint()
    awareness.setLocalStateField('cursor', { x: Math.round(point.x), y: Math.round(point.y) })
    awareness.setLocalStateField('pageId', editor.getCurrentPageId())
  }
  const onEvent = (info: { type: string; name: string }) => {
    if (info.type !== 'pointer' || info.name !== 'pointer_move' || timer !== null) return
    timer = window.setTimeout(send, INTERVAL_MS)
  }
  editor.on('event', onEvent)
  return () => {
    editor.off('event', onEvent)
    if (timer !== null) window.clearTimeout(timer)
    awareness.setLocalStateField('cursor', null)
  }
}
