// Where a text cursor should be after someone else's edit, so typing in one idea together
// does not throw your cursor around.
import type * as Y from 'yjs'

type Delta = Y.YTextEvent['delta']

/** Moves `index` through a Y.Text delta: text inserted or deleted before it shifts it. */
export function caretAfter(delta: Delta, index: number): number {
  let position = 0
  let caret = index
  for (const op of delta) {
    if (op.retain !== undefined) {
      position += op.retain
    } else if (typeof op.insert === 'string') {
      if (position < caret) caret += op.insert.length
      position += op.insert.length
    } else if (op.delete !== undefined) {
      if (position < caret) caret -= Math.min(op.delete, caret - position)
    }
    if (position > caret) break
  }
  return caret
}
