// Records everything a page sends and receives over the network — WebSocket frames both
// ways, request bodies and API responses — so a test can prove a text never left a device.
import type { Page } from 'playwright-core'

export class Traffic {
  private readonly chunks: Buffer[] = []

  constructor(page: Page) {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => this.keep(frame.payload))
      socket.on('framereceived', (frame) => this.keep(frame.payload))
    })
    page.on('request', (request) => {
      this.keep(request.url())
      const body = request.postDataBuffer()
      if (body) this.keep(body)
    })
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return
      try {
        this.keep(await response.body())
      } catch {
        // The page navigated away before the body arrived; nothing was received.
      }
    })
  }

  /** Whether `text` (as UTF-8, the way Yjs and JSON carry it) appeared in anything recorded so far. */
  contains(text: string): boolean {
    const needle = Buffer.from(text, 'utf8')
    return this.chunks.some((chunk) => chunk.includes(needle))
  }

  /** How many frames and bodies were recorded: a test that saw nothing proves nothing. */
  get size(): number {
    return this.chunks.length
  }

  private keep(payload: string | Buffer): void {
    this.chunks.push(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload)
  }
}
