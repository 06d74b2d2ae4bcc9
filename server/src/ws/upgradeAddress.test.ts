import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { upgradeAddress } from './upgradeAddress.ts'

function request(remoteAddress: string | undefined, forwardedFor?: string | string[]): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage
}

describe('upgradeAddress', () => {
  it('is the socket peer when the server does not trust a proxy, whatever the headers claim', () => {
    expect(upgradeAddress(request('10.0.0.9', '203.0.113.7'), false)).toBe('10.0.0.9')
  })

  it("is the address the proxy appended, not one the client put earlier in the list", () => {
    expect(upgradeAddress(request('10.0.0.9', '198.51.100.1, 203.0.113.7'), true)).toBe('203.0.113.7')
    expect(upgradeAddress(request('10.0.0.9', ['198.51.100.1', '203.0.113.8']), true)).toBe('203.0.113.8')
  })

  it('falls back to the socket peer behind a proxy that sent no address', () => {
    expect(upgradeAddress(request('10.0.0.9'), true)).toBe('10.0.0.9')
    expect(upgradeAddress(request('10.0.0.9', ' '), true)).toBe('10.0.0.9')
    expect(upgradeAddress(request(undefined), false)).toBe('unknown')
  })
})
