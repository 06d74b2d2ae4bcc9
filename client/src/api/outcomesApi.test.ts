import { describe, expect, it } from 'vitest'
import { fileNameOf, outcomesApi } from './outcomesApi.ts'

function answering(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(body, { status, headers })
  }
  return { api: outcomesApi(fetcher), calls }
}

describe('outcomes API', () => {
  it('downloads an export with the facilitator key, named as the server says', async () => {
    const { api, calls } = answering(200, 'Theme,Idea\n', { 'content-disposition': 'attachment; filename="clinic-welcome.csv"' })
    const result = await api.download('room-a', 'key', 'csv')
    expect(calls[0]?.url).toBe('/api/rooms/room-a/export.csv')
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer key')
    expect(result.ok && result.value.fileName).toBe('clinic-welcome.csv')
    expect(result.ok && (await result.value.blob.text())).toBe('Theme,Idea\n')
  })

  it('says why a download was refused', async () => {
    const result = await answering(403, JSON.stringify({ error: 'This facilitator link no longer works.' })).api.download('room-a', 'old', 'md')
    expect(result).toEqual({ ok: false, status: 403, error: 'This facilitator link no longer works.', reason: null })
  })

  it('prefers the UTF-8 file name and never lets one name a folder', () => {
    expect(fileNameOf(`attachment; filename="cafe.md"; filename*=UTF-8''caf%C3%A9.md`)).toBe('café.md')
    expect(fileNameOf('attachment; filename="../x.md"')).toBe('..-x.md')
    expect(fileNameOf(null)).toBeNull()
  })

  it('reads the easy-read summary, keeping only well-formed lines', async () => {
    const body = { title: 'Clinic', sections: [{ heading: 'What we did', lines: [{ picture: null, pictureLabel: null, text: 'We had 2 ideas.' }, { text: 3 }] }, 'nope'] }
    const result = await answering(200, JSON.stringify(body)).api.easyRead('room-a', 'token')
    expect(result).toEqual({ ok: true, value: { title: 'Clinic', sections: [{ heading: 'What we did', lines: [{ picture: null, pictureLabel: null, text: 'We had 2 ideas.' }] }] } })
  })

  it('restores a backup as the file itself and answers like a new room', async () => {
    const created = { id: 'r2', code: 'XYZ234', title: 'T', question: '', participantPath: '/r/r2', facilitatorPath: '/r/r2#key=k' }
    const { api, calls } = answering(201, JSON.stringify(created))
    const file = new Blob(['{"format":"roundtable-backup"}'], { type: 'application/json' })
    const result = await api.restore(file)
    expect(result).toEqual({ ok: true, value: { id: 'r2', code: 'XYZ234', title: 'T', question: '', participantPath: '/r/r2', facilitatorPath: '/r/r2#key=k' } })
    expect(calls[0]?.init?.method).toBe('POST')
    expect(calls[0]?.init?.body).toBe(file)
  })
})
