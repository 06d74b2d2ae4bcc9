import { describe, expect, it } from 'vitest'
import { ideaLabel } from './ideaLabel.ts'

describe('an idea in a button’s name', () => {
  it('keeps a short idea whole, on one line', () => {
    expect(ideaLabel('  More chairs\nin the waiting room ')).toBe('More chairs in the waiting room')
  })

  it('cuts a long idea at a word and says it goes on', () => {
    const label = ideaLabel('Somewhere quiet to wait when the waiting room is full and noisy and too bright for me', 40)
    expect(label).toBe('Somewhere quiet to wait when the waiting…')
    expect(ideaLabel('Somewhere quiet to wait when the waiting room is full', 38)).toBe('Somewhere quiet to wait when the…')
  })

  it('cuts a long word where it must', () => {
    expect(ideaLabel('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`)
  })

  it('has no words for an empty idea', () => {
    expect(ideaLabel(' \n ')).toBeNull()
  })
})
