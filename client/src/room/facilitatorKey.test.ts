import { describe, expect, it } from 'vitest'
import { takeFacilitatorKey } from './facilitatorKey.ts'

describe('facilitator key in the link', () => {
  it('takes the key out and leaves nothing behind', () => {
    expect(takeFacilitatorKey('#key=abc_123-XYZ')).toEqual({ key: 'abc_123-XYZ', rest: '' })
  })

  it('keeps any other part of the fragment', () => {
    expect(takeFacilitatorKey('#key=abc&view=list')).toEqual({ key: 'abc', rest: '#view=list' })
  })

  it('leaves a fragment without a key alone', () => {
    expect(takeFacilitatorKey('')).toEqual({ key: null, rest: '' })
    expect(takeFacilitatorKey('#view=list')).toEqual({ key: null, rest: '#view=list' })
  })
})
