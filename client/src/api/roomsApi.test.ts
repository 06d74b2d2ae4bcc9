import { describe, expect, it } from 'vitest'
import { roomsApi } from './roomsApi.ts'

function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers })
  }
  return { api: roomsApi(fetcher), calls }
}

const authorizationOf = (init: RequestInit | undefined) => new Headers(init?.headers).get('authorization')

const created = { id: 'r1', code: 'ABC234', title: '', question: '', participantPath: '/r/r1', facilitatorPath: '/r/r1#key=k' }

describe('rooms API', () => {
  it('creates a room with the trimmed title and question', async () => {
    const created = {
      id: 'r1',
      code: 'ABC234',
      facilitatorKey: 'k',
      title: 'T',
      question: 'Q',
      participantPath: '/r/r1',
      facilitatorPath: '/r/r1#key=k',
      participantUrl: 'http://x/r/r1',
      facilitatorUrl: 'http://x/r/r1#key=k',
    }
    const { api, calls } = answering(201, created)
    const result = await api.createRoom({ title: '  T ', question: ' Q' })
    expect(result).toEqual({ ok: true, value: { id: 'r1', code: 'ABC234', title: 'T', question: 'Q', participantPath: '/r/r1', facilitatorPath: '/r/r1#key=k' } })
    expect(calls[0]?.init?.method).toBe('POST')
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ title: 'T', question: 'Q' })
    expect(authorizationOf(calls[0]?.init)).toBeNull()
  })

  it('builds paths from full URLs when the server sends only those', async () => {
    const { api } = answering(201, { id: 'r1', code: 'ABC234', participantUrl: 'http://x/r/r1', facilitatorUrl: 'http://x/r/r1#key=k' })
    const result = await api.createRoom({ title: '', question: '' })
    expect(result.ok && result.value.facilitatorPath).toBe('/r/r1#key=k')
  })

  it('tells an unknown code, too many tries and a bad request apart', async () => {
    expect(await answering(404, { error: 'no' }).api.findRoomByCode('ABC234')).toEqual({ ok: false, problem: 'not-found' })
    expect(await answering(429, { error: 'slow down' }).api.findRoomByCode('ABC234')).toEqual({ ok: false, problem: 'rate-limited' })
    expect(await answering(400, { error: 'bad' }).api.findRoomByCode('x')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('treats a network failure, a server error or a strange answer as an unreachable server', async () => {
    const failing = roomsApi(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await failing.getRoom('r1')).toEqual({ ok: false, problem: 'unreachable' })
    expect(await answering(502, '<html>Bad gateway</html>').api.getRoom('r1')).toEqual({ ok: false, problem: 'unreachable' })
    expect(await answering(200, { id: 42 }).api.getRoom('r1')).toEqual({ ok: false, problem: 'unreachable' })
  })

  it('reads a room', async () => {
    const { api, calls } = answering(200, { id: 'r1', code: 'ABC234', title: 'Clinic', question: 'Why?', createdAt: '2026-11-25T09:30:00.000Z' })
    expect(await api.getRoom('r1')).toEqual({ ok: true, value: { id: 'r1', code: 'ABC234', title: 'Clinic', question: 'Why?', createdAt: '2026-11-25T09:30:00.000Z' } })
    expect(calls[0]?.url).toBe('/api/rooms/r1')
  })
})

describe('opening a room with the organisation\'s room token', () => {
  it('asks whether this server wants a token, and takes anything unclear as no', async () => {
    const { api, calls } = answering(200, { needsToken: true })
    expect(await api.roomTokenNeeded()).toBe(true)
    expect(calls[0]?.url).toBe('/api/rooms/new')
    expect(await answering(200, { needsToken: false }).api.roomTokenNeeded()).toBe(false)
    expect(await answering(200, { needsToken: 'yes' }).api.roomTokenNeeded()).toBe(false)
    // An older server knows no such route: the form asks only if a start is refused.
    expect(await answering(404, { error: 'No room has this link.' }).api.roomTokenNeeded()).toBe(false)
  })

  it('sends the token, without the spaces a paste brings, as a Bearer token', async () => {
    const { api, calls } = answering(201, created)
    await api.createRoom({ title: '', question: '' }, '  s3cret\n')
    expect(authorizationOf(calls[0]?.init)).toBe('Bearer s3cret')
  })

  it('tells a missing token from a wrong one by the server\'s reason', async () => {
    const required = { error: 'Starting a room here needs…', reason: 'room-token-required' }
    const wrong = { error: 'That room token is not right…', reason: 'room-token-wrong' }
    expect(await answering(401, required).api.createRoom({ title: '', question: '' })).toEqual({ ok: false, problem: { kind: 'token-required' } })
    expect(await answering(401, wrong).api.createRoom({ title: '', question: '' }, 'guess')).toEqual({ ok: false, problem: { kind: 'token-wrong' } })
    // A 401 from something in between, without a reason, still means a token is needed.
    expect(await answering(401, '<html>401</html>').api.createRoom({ title: '', question: '' })).toEqual({ ok: false, problem: { kind: 'token-required' } })
  })

  it('keeps the server\'s sentence for too many rooms, which says how long to wait', async () => {
    const sentence = 'Too many rooms were started from here in the last hour. Please try again in 12 minutes.'
    const { api } = answering(429, { error: sentence }, { 'retry-after': '700' })
    expect(await api.createRoom({ title: '', question: '' }, 't')).toEqual({ ok: false, problem: { kind: 'rate-limited', sentence } })
    expect(await answering(429, '').api.createRoom({ title: '', question: '' })).toEqual({ ok: false, problem: { kind: 'rate-limited', sentence: null } })
  })

  it('restores a backup as the file itself, with the token, and answers like a new room', async () => {
    const { api, calls } = answering(201, created)
    const file = new Blob(['{"format":"roundtable-backup"}'], { type: 'application/json' })
    const result = await api.restoreRoom(file, 'tok')
    expect(result).toEqual({ ok: true, value: created })
    expect(calls[0]?.url).toBe('/api/rooms/restore')
    expect(calls[0]?.init?.method).toBe('POST')
    expect(calls[0]?.init?.body).toBe(file)
    expect(authorizationOf(calls[0]?.init)).toBe('Bearer tok')
  })

  it('passes on why a backup was refused, and treats no server or a strange answer as unreachable', async () => {
    const file = new Blob(['{}'])
    const refusal = { error: 'This file is not a Roundtable backup.' }
    expect(await answering(400, refusal).api.restoreRoom(file)).toEqual({ ok: false, problem: { kind: 'refused', sentence: refusal.error } })
    expect(await answering(413, {}).api.restoreRoom(file)).toEqual({ ok: false, problem: { kind: 'refused', sentence: null } })
    expect(await answering(502, '<html>Bad gateway</html>').api.restoreRoom(file)).toEqual({ ok: false, problem: { kind: 'unreachable' } })
    expect(await answering(201, { id: 'r1' }).api.restoreRoom(file)).toEqual({ ok: false, problem: { kind: 'unreachable' } })
    const failing = roomsApi(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await failing.restoreRoom(file, 'tok')).toEqual({ ok: false, problem: { kind: 'unreachable' } })
  })
})
