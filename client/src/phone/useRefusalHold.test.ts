import { describe, expect, it } from 'vitest'
import { type Hold, nextHold } from './useRefusalHold.ts'

const run = (events: Parameters<typeof nextHold>[1][]): Hold => events.reduce<Hold>(nextHold, 'free')

describe('waiting after the board refused an idea', () => {
  it('keeps ideas waiting while the phone has not yet heard of the lock', () => {
    expect(run([{ type: 'refused' }, { type: 'locked', locked: false }])).toBe('refused')
  })

  it('sends again once the room was seen locked and then open', () => {
    expect(run([{ type: 'refused' }, { type: 'locked', locked: true }])).toBe('seen-locked')
    expect(run([{ type: 'refused' }, { type: 'locked', locked: true }, { type: 'locked', locked: false }])).toBe('free')
  })

  it('tries again after a while when the lock was never seen', () => {
    expect(run([{ type: 'refused' }, { type: 'retry' }])).toBe('free')
  })

  it('does not hold anything without a refusal', () => {
    expect(run([{ type: 'locked', locked: true }, { type: 'locked', locked: false }])).toBe('free')
  })
})
