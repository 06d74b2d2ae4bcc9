import { describe, expect, it } from 'vitest'
import { readBodyUpTo } from './readBodyUpTo.ts'

function streamed(...chunks: number[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(7))
      controller.close()
    },
  })
  return new Request('http://localhost/upload', { method: 'POST', body, duplex: 'half' } as RequestInit)
}

describe('readBodyUpTo', () => {
  it('gathers a body within the limit, whatever its chunks', async () => {
    const body = await readBodyUpTo(streamed(3, 4, 3), 10)
    expect(body).toEqual(new Uint8Array(10).fill(7))
  })

  it('gives up once a streamed body passes the limit', async () => {
    expect(await readBodyUpTo(streamed(6, 6), 10)).toBe('too-big')
  })

  it('refuses a declared length over the limit before reading', async () => {
    const request = new Request('http://localhost/upload', { method: 'POST', body: new Uint8Array(5), headers: { 'content-length': '50' } })
    expect(await readBodyUpTo(request, 10)).toBe('too-big')
  })

  it('reads an empty body as no bytes', async () => {
    expect(await readBodyUpTo(new Request('http://localhost/upload', { method: 'POST' }), 10)).toEqual(new Uint8Array(0))
  })
})
