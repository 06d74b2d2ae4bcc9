// Adapts a `ws` socket to the RoomConnection a Room talks to.
import { randomBytes } from 'node:crypto'
import { WebSocket, type RawData } from 'ws'
import { metrics } from '../metrics/serverMetrics.ts'
import type { RoomConnection } from '../room/RoomConnection.ts'

/** RFC 6455 allows 123 bytes of close reason. */
const MAX_REASON_BYTES = 123

export class SocketConnection implements RoomConnection {
  readonly id = randomBytes(6).toString('base64url')

  constructor(private readonly socket: WebSocket) {}

  send(frame: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return
    this.socket.send(frame)
    metrics.countSent(frame.byteLength)
  }

  answers(timeoutMs: number): Promise<boolean> {
    const socket = this.socket
    if (socket.readyState !== WebSocket.OPEN) return Promise.resolve(false)
    return new Promise((resolve) => {
      const settle = (answered: boolean) => {
        clearTimeout(timer)
        socket.off('pong', onPong)
        socket.off('close', onClose)
        resolve(answered)
      }
      const onPong = () => settle(true)
      const onClose = () => settle(false)
      const timer = setTimeout(() => settle(false), timeoutMs)
      socket.on('pong', onPong)
      socket.on('close', onClose)
      try {
        socket.ping()
      } catch {
        settle(false)
      }
    })
  }

  close(code: number, reason: string): void {
    const state = this.socket.readyState
    if (state === WebSocket.OPEN || state === WebSocket.CONNECTING) this.socket.close(code, fitReason(reason))
  }
}

/** Shortens a close reason by whole characters, so it stays valid UTF-8 within the limit. */
export function fitReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason
  let fitted = ''
  for (const char of reason) {
    if (Buffer.byteLength(fitted + char) > MAX_REASON_BYTES - 3) break
    fitted += char
  }
  return `${fitted}...`
}

export function frameBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}
