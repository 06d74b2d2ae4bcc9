// Clients for integration tests: the stock y-websocket provider, raw sockets, and the
// room API, each with bounded waits.
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface CreatedRoom {
  id: string
  code: string
  facilitatorKey: string
  title: string
  question: string
  participantPath: string
  facilitatorPath: string
  participantUrl: string
  facilitatorUrl: string
}

export async function createRoom(serverUrl: string, body: object = {}): Promise<CreatedRoom> {
  const response = await fetch(`${serverUrl}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.status !== 201) throw new Error(`creating a room answered ${response.status}`)
  return (await response.json()) as CreatedRoom
}

export interface Peer {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Close events the provider saw, with their codes. */
  closes: number[]
  destroy(): void
}

/**
 * A person's browser: a Y.Doc synced through the stock provider. `params` become the URL's
 * query (a facilitator's `key`); for the session document, pass `${wsUrl}/session`.
 */
export function connectPeer(wsUrl: string, roomId: string, params: Record<string, string> = {}): Peer {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, roomId, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, peers in one test process would sync
    // through it instead of through the server.
    disableBc: true,
    maxBackoffTime: 200,
  })
  const closes: number[] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  return {
    doc,
    provider,
    closes,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

export async function synced(peer: Peer, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => peer.provider.synced, timeoutMs, 'provider to sync')
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export interface RawSocket {
  socket: WebSocket
  /** Resolves with the close code and reason the server sent. */
  closed: Promise<{ code: number; reason: string }>
}

/** A bare WebSocket, opened, for sending frames no provider would send. */
export async function openRawSocket(url: string, options: { autoPong?: boolean } = {}): Promise<RawSocket> {
  const socket = new WebSocket(url, { autoPong: options.autoPong ?? true })
  socket.on('error', () => {})
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('close', (code) => reject(new Error(`socket closed with ${code} before opening`)))
    setTimeout(() => reject(new Error('socket did not open within 5 s')), 5000)
  })
  return { socket, closed }
}

export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
