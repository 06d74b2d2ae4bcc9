import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { caretAfter } from './caret.ts'

function deltaOf(initial: string, edit: (text: Y.Text) => void) {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  text.insert(0, initial)
  let delta: Y.YTextEvent['delta'] = []
  text.observe((event) => {
    delta = event.delta
  })
  edit(text)
  return delta
}

describe('caret after a remote edit', () => {
  it('moves right when words are added before it', () => {
    expect(caretAfter(deltaOf('quiet room', (t) => t.insert(0, 'A ')), 5)).toBe(7)
  })

  it('stays put when words are added after it', () => {
    expect(caretAfter(deltaOf('quiet room', (t) => t.insert(10, ' please')), 5)).toBe(5)
  })

  it('moves left when words before it are deleted, never past the deletion', () => {
    expect(caretAfter(deltaOf('a quiet room', (t) => t.delete(0, 2)), 7)).toBe(5)
    expect(caretAfter(deltaOf('a quiet room', (t) => t.delete(0, 8)), 4)).toBe(0)
  })
})
