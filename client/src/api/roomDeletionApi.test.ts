import { describe, expect, it } from 'vitest'
import { deleteRoom } from './roomDeletionApi.ts'

function answering(status: number, body: unknown) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(status === 204 ? null : JSON.stringify(body), { status })
  }
  return { fetcher, calls }
}

describe('deleting a room', () => {
  it('sends DELETE to the room with the facilitator key, and takes the empty answer as done', async () => {
    const { fetcher, calls } = answering(204, null)
    expect(await deleteRoom('room-a', 'key-1', fetcher)).toEqual({ ok: true, value: true })
    expect(calls[0]?.url).toBe('/api/rooms/room-a')
    expect(calls[0]?.init?.method).toBe('DELETE')
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer key-1')
  })

  it("reports a refused key with the server's words", async () => {
    const { fetcher } = answering(403, { error: 'This facilitator link does not work for this room.' })
    expect(await deleteRoom('room-a', 'old', fetcher)).toEqual({
      ok: false,
      status: 403,
      error: 'This facilitator link does not work for this room.',
      reason: null,
    })
  })
})
