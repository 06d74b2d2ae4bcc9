// Every kind of response carries the security headers: the app page, an asset, the API
// (success and error), /healthz and /metrics; HSTS only when the browser came over HTTPS.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let proxied: ServerProcess
let clientDir: string

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'roundtable-client-'))
  mkdirSync(join(clientDir, 'assets'))
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Roundtable</title><script type="module" src="/assets/app-1a2b3c.js"></script>')
  writeFileSync(join(clientDir, 'assets', 'app-1a2b3c.js'), 'console.log("board")')
  ;[server, proxied] = await Promise.all([
    startServer({ env: { CLIENT_DIR: clientDir } }),
    startServer({ env: { CLIENT_DIR: clientDir, TRUST_PROXY: 'true' } }),
  ])
})

afterAll(async () => {
  await Promise.all([server?.stop(), proxied?.stop()])
  await killAllServers()
  removeDir(server?.dataDir ?? '')
  removeDir(proxied?.dataDir ?? '')
  rmSync(clientDir, { recursive: true, force: true })
})

function directives(response: Response): Map<string, string> {
  const policy = response.headers.get('content-security-policy') ?? ''
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  )
}

function expectSecurityHeaders(response: Response): void {
  const csp = directives(response)
  expect(csp.get('default-src')).toBe("'self'")
  expect(csp.get('script-src')).toBe("'self'")
  expect(csp.get('connect-src')).toBe("'self' data:")
  expect(csp.get('frame-ancestors')).toBe("'none'")
  expect(csp.get('base-uri')).toBe("'none'")
  expect(csp.get('object-src')).toBe("'none'")
  expect(csp.get('form-action')).toBe("'self'")
  // No directive lets a script run inline or through eval, nor load from elsewhere.
  for (const [name, sources] of csp) {
    if (name !== 'style-src') expect(sources, name).not.toContain('unsafe-inline')
    expect(sources, name).not.toContain('unsafe-eval')
    expect(sources, name).not.toMatch(/https?:|\*/)
  }
  expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  const permissions = response.headers.get('permissions-policy') ?? ''
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`)
  // Plain HTTP, not behind a proxy: HSTS would be ignored, and is not sent.
  expect(response.headers.get('strict-transport-security')).toBeNull()
}

describe('security headers', () => {
  it('are on the app page and on room pages', async () => {
    for (const path of ['/', '/r/AAAAAAAAAAAAAAAAAAAAAA/list']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expectSecurityHeaders(response)
    }
  })

  it('are on assets, whether sent in full or answered 304', async () => {
    const first = await fetch(`${server.url}/assets/app-1a2b3c.js`)
    expect(first.status).toBe(200)
    expectSecurityHeaders(first)
    const again = await fetch(`${server.url}/assets/app-1a2b3c.js`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
    expectSecurityHeaders(again)
  })

  it('are on API answers, errors included', async () => {
    const created = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(created.status).toBe(201)
    expectSecurityHeaders(created)
    const refused = await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'not json' })
    expect(refused.status).toBe(400)
    expectSecurityHeaders(refused)
    const missing = await fetch(`${server.url}/api/nowhere`)
    expect(missing.status).toBe(404)
    expectSecurityHeaders(missing)
  })

  it('are on /healthz and /metrics', async () => {
    for (const path of ['/healthz', '/metrics']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status, path).toBe(200)
      expectSecurityHeaders(response)
    }
  })
})

describe('Strict-Transport-Security', () => {
  it('is sent behind a trusted proxy when the browser came over HTTPS', async () => {
    const response = await fetch(`${proxied.url}/`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
  })

  it('is not sent behind a trusted proxy when the browser came over plain HTTP', async () => {
    const response = await fetch(`${proxied.url}/`, { headers: { 'x-forwarded-proto': 'http' } })
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('is not sent for a forged X-Forwarded-Proto when the server is not behind a proxy', async () => {
    const response = await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})
