import { describe, expect, it } from 'vitest'
import { acceptedEncodings } from './staticClient.ts'

describe('acceptedEncodings', () => {
  it('prefers Brotli, then gzip, whatever order the browser lists them in', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('gzip')).toEqual(['gzip'])
  })

  it('takes nothing from a browser that asks for no encoding', () => {
    expect(acceptedEncodings(undefined)).toEqual([])
    expect(acceptedEncodings('')).toEqual([])
    expect(acceptedEncodings('identity')).toEqual([])
  })

  it('leaves out an encoding refused with q=0, and reads * as any not named', () => {
    expect(acceptedEncodings('br;q=0, gzip;q=0.8')).toEqual(['gzip'])
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('*;q=0.5, gzip;q=0')).toEqual(['br'])
    expect(acceptedEncodings('BR;Q=1')).toEqual(['br'])
  })

  it('reads a malformed weight as a refusal', () => {
    expect(acceptedEncodings('br;q=lots, gzip')).toEqual(['gzip'])
  })
})
