// What the wall screen tells people to type, and where its QR code sends them.
import { describe, expect, it } from 'vitest'
import { joinAddress, joinLink, spelledCode } from './joinLink.ts'

describe('joining from the wall screen', () => {
  it('links to the room on the same site the screen uses', () => {
    expect(joinLink('https://roundtable.example.org', 'AbCdEfGhIjKlMnOpQrStUv')).toBe('https://roundtable.example.org/r/AbCdEfGhIjKlMnOpQrStUv')
  })

  it('shows a secure address without the https:// nobody needs to type', () => {
    expect(joinAddress('https://roundtable.example.org')).toBe('roundtable.example.org')
  })

  it('keeps http:// on a local address, where a browser would otherwise try https', () => {
    expect(joinAddress('http://192.168.1.20:3000')).toBe('http://192.168.1.20:3000')
  })

  it('spells the join code out character by character for screen readers', () => {
    expect(spelledCode('ABC 234')).toBe('A B C 2 3 4')
  })
})
