import { describe, expect, it } from 'vitest'
import { roomsApi } from './roomsApi.ts'

function answering(status: number, body: unknown) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })
  }
  return { api: roomsApi(fetcher), calls }
}

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
