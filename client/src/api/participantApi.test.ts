import { describe, expect, it } from 'vitest'
import { participantApi } from './participantApi.ts'

function answering(status: number, body: unknown) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(JSON.stringify(body), { status })
  }
  return { api: participantApi(fetcher), calls }
}

describe('participant API', () => {
  it('registers once and reads the id and token', async () => {
    const { api, calls } = answering(201, { participantId: 'p1', token: 't1' })
    expect(await api.register('room-a')).toEqual({ ok: true, value: { participantId: 'p1', token: 't1' } })
    expect(calls[0]?.url).toBe('/api/rooms/room-a/participants')
    expect(calls[0]?.init?.method).toBe('POST')
  })

  it('sends the token and reads the ballot', async () => {
    const { api, calls } = answering(200, { ballot: { a: 2, b: 0, c: 'x' }, dotsLeft: 1 })
    const result = await api.vote('room-a', 'tok', 'a')
    expect(result).toEqual({ ok: true, value: { ballot: new Map([['a', 2]]), dotsLeft: 1 } })
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer tok')
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ ideaId: 'a' })
  })

  it("keeps a refusal's reason so it can be explained", async () => {
    const { api } = answering(409, { error: 'no dots left', reason: 'budget-spent' })
    expect(await api.vote('room-a', 'tok', 'a')).toEqual({ ok: false, status: 409, error: 'no dots left', reason: 'budget-spent' })
  })

  it('says plainly when the server cannot be reached', async () => {
    const api = participantApi(async () => {
      throw new TypeError('Failed to fetch')
    })
    const result = await api.askForMoreTime('room-a', 'tok')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.status).toBeNull()
  })
})
