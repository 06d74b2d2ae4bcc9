import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyTextChange, diffText } from './textDiff.ts'

describe('diffText', () => {
  it('finds the one changed span', () => {
    expect(diffText('a kind clinic', 'a very kind clinic')).toEqual({ index: 2, deleteCount: 0, insert: 'very ' })
    expect(diffText('a kind clinic', 'a clinic')).toEqual({ index: 2, deleteCount: 5, insert: '' })
    expect(diffText('same', 'same')).toBeNull()
  })

  it('never splits an emoji in two', () => {
    const splice = diffText('🦦 a', '🦊 a')
    expect(splice).toEqual({ index: 0, deleteCount: 2, insert: '🦊' })
  })
})

describe('applyTextChange', () => {
  it('keeps both people’s words when they type in different places at once', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.getText('t').insert(0, 'Warm welcome at reception')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))

    applyTextChange(a.getText('t'), 'A warm welcome at reception')
    applyTextChange(b.getText('t'), 'Warm welcome at reception desk')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))

    expect(a.getText('t').toString()).toBe('A warm welcome at reception desk')
    expect(b.getText('t').toString()).toBe('A warm welcome at reception desk')
  })
})
