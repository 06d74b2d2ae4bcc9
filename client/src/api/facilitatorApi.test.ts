import { describe, expect, it } from 'vitest'
import { facilitatorApi } from './facilitatorApi.ts'

function answering(status: number, body: unknown) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(status === 204 ? null : JSON.stringify(body), { status })
  }
  return { api: facilitatorApi(fetcher), calls }
}

describe('facilitator API', () => {
  it('checks the key and lists the links', async () => {
    const { api, calls } = answering(200, { links: [{ id: 'l1', createdAt: '2024-01-01T00:00:00Z', current: true }, { nope: 1 }] })
    expect(await api.links('room-a', 'key')).toEqual({ ok: true, value: [{ id: 'l1', createdAt: '2024-01-01T00:00:00Z', current: true }] })
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer key')
  })

  it('reports a key that no longer works as a 403', async () => {
    const { api } = answering(403, { error: 'forbidden' })
    const result = await api.links('room-a', 'old')
    expect(result.ok === false && result.status).toBe(403)
  })

  it('sends a command as JSON', async () => {
    const { api, calls } = answering(200, { session: {} })
    await api.command('room-a', 'key', { type: 'set-phase', phase: 'vote' })
    expect(calls[0]?.url).toBe('/api/rooms/room-a/session')
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ type: 'set-phase', phase: 'vote' })
  })

  it('accepts an empty answer to a revoke', async () => {
    const { api } = answering(204, null)
    expect(await api.revokeLink('room-a', 'key', 'l2')).toEqual({ ok: true, value: true })
  })

  it('uploads the raw file with its own type', async () => {
    const { api, calls } = answering(201, { id: 'm1' })
    const file = new Blob(['png'], { type: 'image/png' })
    expect(await api.uploadWelcomeMedia('room-a', 'key', file)).toEqual({ ok: true, value: { id: 'm1' } })
    expect(new Headers(calls[0]?.init?.headers).get('content-type')).toBe('image/png')
    expect(calls[0]?.init?.body).toBe(file)
  })
})
