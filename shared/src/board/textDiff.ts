// Turns "the text is now X" into the smallest single splice on a Y.Text, so that two
// people typing in different parts of one idea both keep their words.
import type * as Y from 'yjs'

export interface Splice {
  index: number
  deleteCount: number
  insert: string
}

/** The one splice that turns `before` into `after`, found by trimming their common ends. */
export function diffText(before: string, after: string): Splice | null {
  if (before === after) return null
  let start = 0
  const shortest = Math.min(before.length, after.length)
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--
    endAfter--
  }
  // Never split a surrogate pair (emoji): widen the splice to whole code points.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++
    endAfter++
  }
  return { index: start, deleteCount: endBefore - start, insert: after.slice(start, endAfter) }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

export function applyTextChange(text: Y.Text, after: string): void {
  const splice = diffText(text.toString(), after)
  if (!splice) return
  const apply = () => {
    if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount)
    if (splice.insert.length > 0) text.insert(splice.index, splice.insert)
  }
  if (text.doc) text.doc.transact(apply)
  else apply()
}
