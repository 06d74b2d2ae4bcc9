// The HTTP API and the static client, against the real server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JOIN_CODE_ALPHABET, Limits, ROOM_ID_PATTERN } from '@roundtable/shared'
import { createRoom } from './clients.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let clientDir: string
const CANVAS_SCRIPT = `${'console.log("a card on the canvas");\n'.repeat(200)}`

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'roundtable-client-'))
  mkdirSync(join(clientDir, 'assets'))
  mkdirSync(join(clientDir, 'fonts'))
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Roundtable</title>')
  writeFileSync(join(clientDir, 'assets', 'app-3f2a1b.js'), 'console.log("board")')
  // A build's precompressed copies: each marked, so the test can tell which copy was sent.
  writeFileSync(join(clientDir, 'assets', 'canvas-9c8d7e.js'), CANVAS_SCRIPT)
  writeFileSync(join(clientDir, 'assets', 'canvas-9c8d7e.js.br'), brotliCompressSync(`${CANVAS_SCRIPT}// br`))
  writeFileSync(join(clientDir, 'assets', 'canvas-9c8d7e.js.gz'), gzipSync(`${CANVAS_SCRIPT}// gz`))
  writeFileSync(join(clientDir, 'fonts', 'atkinson.woff2'), Buffer.alloc(64))
  writeFileSync(join(clientDir, 'manifest.json'), '{}')
  server = await startServer({ env: { CLIENT_DIR: clientDir } })
})

afterAll(async () => {
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
  rmSync(clientDir, { recursive: true, force: true })
})

async function json(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return (await response.json()) as Record<string, unknown>
}

const post = (body: string) =>
  fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('POST /api/rooms', () => {
  it('opens a room and hands back its links, code and facilitator key', async () => {
    const response = await post(JSON.stringify({ title: '  Hospital discharge ', question: 'What would help?' }))
    expect(response.status).toBe(201)
    const room = await json(response)
    const id = String(room.id)
    const key = String(room.facilitatorKey)
    expect(id).toMatch(ROOM_ID_PATTERN)
    expect(String(room.code)).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`))
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(room).toEqual({
      id,
      code: room.code,
      facilitatorKey: key,
      title: 'Hospital discharge',
      question: 'What would help?',
      participantPath: `/r/${id}`,
      facilitatorPath: `/r/${id}#key=${key}`,
      participantUrl: `${server.url}/r/${id}`,
      facilitatorUrl: `${server.url}/r/${id}#key=${key}`,
    })
  })

  it('opens an untitled room from an empty body', async () => {
    const response = await fetch(`${server.url}/api/rooms`, { method: 'POST' })
    expect(response.status).toBe(201)
    expect(await json(response)).toMatchObject({ title: '', question: '' })
  })

  it.each([
    ['broken JSON', '{"title": '],
    ['a JSON array', '[]'],
    ['a title that is not text', '{"title": 42}'],
    ['a title that is too long', JSON.stringify({ title: 'x'.repeat(Limits.maxRoomTitleLength + 1) })],
    ['a question that is too long', JSON.stringify({ question: 'x'.repeat(Limits.maxRoomQuestionLength + 1) })],
  ])('refuses %s with 400 and a reason', async (_what, body) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    expect(String((await json(response)).error).length).toBeGreaterThan(10)
  })
})

describe('GET /api/rooms/:id and /api/rooms/by-code/:code', () => {
  it('describes a room without its facilitator key', async () => {
    const created = await createRoom(server.url, { title: 'Carers’ voices' })
    const response = await fetch(`${server.url}/api/rooms/${created.id}`)
    expect(response.status).toBe(200)
    const room = await json(response)
    expect(room).toEqual({
      id: created.id,
      code: created.code,
      title: 'Carers’ voices',
      question: '',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
  })

  it('answers 404 with a message for a room that does not exist', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'not-a-room-id']) {
      const response = await fetch(`${server.url}/api/rooms/${id}`)
      expect(response.status).toBe(404)
      expect(String((await json(response)).error)).toMatch(/No room has this link/)
    }
  })

  it('resolves a join code however it was typed', async () => {
    const created = await createRoom(server.url)
    const typed = `${created.code.slice(0, 3).toLowerCase()} ${created.code.slice(3)}`
    const response = await fetch(`${server.url}/api/rooms/by-code/${encodeURIComponent(typed)}`)
    expect(response.status).toBe(200)
    expect(await json(response)).toEqual({ id: created.id })
  })

  it('answers 400 for text that cannot be a code and 404 for an unknown code', async () => {
    expect((await fetch(`${server.url}/api/rooms/by-code/0O1I`)).status).toBe(400)
    // Codes are random among about a billion; this server holds a handful of rooms.
    const response = await fetch(`${server.url}/api/rooms/by-code/ZZZZZZ`)
    expect(response.status).toBe(404)
    expect(String((await json(response)).error)).toMatch(/No room has this code/)
  })

  it('answers 404 JSON for an API address that does not exist', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`)
    expect(response.status).toBe(404)
    expect((await json(response)).error).toBeTypeOf('string')
  })
})

describe('join-code look-ups are rate limited', () => {
  let limited: ServerProcess
  beforeAll(async () => {
    limited = await startServer()
  })
  afterAll(async () => {
    await limited?.stop()
    removeDir(limited?.dataDir ?? '')
  })

  it('answers 429 with Retry-After once an address has used its look-ups, found or not', async () => {
    const created = await createRoom(limited.url)
    const statuses: number[] = []
    for (let i = 0; i < Limits.codeLookupsPerWindow; i++) {
      const code = i % 2 === 0 ? created.code : 'ZZZZZZ'
      statuses.push((await fetch(`${limited.url}/api/rooms/by-code/${code}`)).status)
    }
    expect(statuses.filter((status) => status === 429)).toEqual([])
    const refused = await fetch(`${limited.url}/api/rooms/by-code/${created.code}`)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(Limits.codeLookupWindowMs / 1000)
    expect(String((await json(refused)).error)).toMatch(/Too many/)
  })
})

describe('the built client', () => {
  it('serves index.html for the home page and room pages', async () => {
    for (const path of ['/', '/r/AAAAAAAAAAAAAAAAAAAAAA', '/join']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(await response.text()).toContain('<title>Roundtable</title>')
    }
  })

  it('serves hashed assets with a long cache and the right types', async () => {
    const script = await fetch(`${server.url}/assets/app-3f2a1b.js`)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('cache-control')).toContain('immutable')
    const font = await fetch(`${server.url}/fonts/atkinson.woff2`)
    expect(font.headers.get('content-type')).toBe('font/woff2')
    const manifest = await fetch(`${server.url}/manifest.json`)
    expect(manifest.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('sends the copy compressed at build time that the browser takes, Brotli first', async () => {
    const asset = `${server.url}/assets/canvas-9c8d7e.js`
    const brotli = await fetch(asset, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(brotli.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(brotli.headers.get('cache-control')).toContain('immutable')
    expect(await brotli.text()).toBe(`${CANVAS_SCRIPT}// br`)
    const gzip = await fetch(asset, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(await gzip.text()).toBe(`${CANVAS_SCRIPT}// gz`)
    const plain = await fetch(asset, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(CANVAS_SCRIPT)
    // Each copy has its own tag: a browser holding the gzip copy is not told it has the Brotli one.
    const tags = new Set([brotli, gzip, plain].map((response) => response.headers.get('etag')))
    expect(tags.size).toBe(3)
    const again = await fetch(asset, { headers: { 'accept-encoding': 'br', 'if-none-match': brotli.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
    const otherCopy = await fetch(asset, { headers: { 'accept-encoding': 'gzip', 'if-none-match': brotli.headers.get('etag') ?? '' } })
    expect(otherCopy.status).toBe(200)
    expect(await otherCopy.text()).toBe(`${CANVAS_SCRIPT}// gz`)
  })

  it('compresses an asset without a copy as it sends it', async () => {
    const script = await fetch(`${server.url}/assets/app-3f2a1b.js`, { headers: { 'accept-encoding': 'br' } })
    expect(script.headers.get('content-encoding')).toBeNull()
    expect(await script.text()).toBe('console.log("board")')
  })

  it('answers 404 for a missing asset rather than the app page', async () => {
    expect((await fetch(`${server.url}/assets/gone-000000.js`)).status).toBe(404)
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(404)
  })

  it('answers 304 when the browser already has the file', async () => {
    const first = await fetch(`${server.url}/assets/app-3f2a1b.js`)
    const etag = first.headers.get('etag') ?? ''
    const again = await fetch(`${server.url}/assets/app-3f2a1b.js`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  it('does not serve files outside the client directory', async () => {
    const response = await fetch(`${server.url}/%2e%2e/%2e%2e/package.json`)
    expect(response.status).not.toBe(200)
  })

  it('says to build the client when it has not been built', async () => {
    rmSync(join(clientDir, 'index.html'))
    const response = await fetch(`${server.url}/r/AAAAAAAAAAAAAAAAAAAAAA`)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('npm run build')
  })
})
