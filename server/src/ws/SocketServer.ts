// The WebSocket endpoints /ws/:roomId (the board) and /ws/session/:roomId (the session
// document): accepts upgrades from the HTTP server, hands each socket to its Room, and
// pings every socket so dead peers are noticed and dropped.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import { CloseCode, Limits } from '@roundtable/shared'
import { createLogger, errorMessage } from '../logger.ts'
import type { Room } from '../room/Room.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import { SocketConnection, frameBytes } from './SocketConnection.ts'
import { socketTarget, type SocketTarget } from './socketTarget.ts'

const log = createLogger('ws')

/** How long a socket we closed may take to finish the closing handshake before we cut it. */
const CLOSE_GRACE_MS = 1000

export interface SocketServerOptions {
  registry: RoomRegistry
  pingIntervalMs: number
}

export class SocketServer {
  // ws refuses larger frames itself, closing the socket with 1009 (message too big).
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: Limits.maxMessageBytes })
  private readonly answeredPing = new WeakMap<WebSocket, boolean>()
  private readonly heartbeat: NodeJS.Timeout
  private accepting = true

  constructor(private readonly options: SocketServerOptions) {
    this.heartbeat = setInterval(() => this.ping(), options.pingIntervalMs)
  }

  get socketCount(): number {
    return this.wss.clients.size
  }

  /** For the HTTP server's 'upgrade' event. */
  readonly handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // The URL may carry a facilitator key: it is parsed here and never logged.
    const target = socketTarget(request.url ?? '')
    if (target === null) return refuseUpgrade(socket, 404, 'Not Found')
    if (!this.accepting) return refuseUpgrade(socket, 503, 'Service Unavailable')
    // Even an unknown room is accepted first and then closed with 4404: a browser cannot
    // read the status of a refused upgrade, but it can read a close code.
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, target))
  }

  /** Stops taking new sockets and stops pinging; open sockets are closed by their rooms. */
  stopAccepting(): void {
    this.accepting = false
    clearInterval(this.heartbeat)
  }

  /** Waits for every socket's closing handshake, cutting the stragglers after `timeoutMs`. */
  async closed(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.wss.clients.size > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20))
    for (const ws of this.wss.clients) ws.terminate()
    await new Promise<void>((done) => this.wss.close(() => done()))
  }

  private accept(ws: WebSocket, target: SocketTarget): void {
    const { roomId, doc, facilitatorKey } = target
    const connection = new SocketConnection(ws)
    const socketLog = log.child({ room: roomId, doc, connection: connection.id })
    let room: Room | null = null
    let closed = false
    // Frames that arrive before the room has loaded wait here, in order.
    const early: Uint8Array[] = []
    this.answeredPing.set(ws, true)

    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        room?.leave(connection)
        connection.close(CloseCode.MalformedMessage, 'text frames are not part of the protocol')
        return
      }
      if (room) room.receive(connection, frameBytes(data))
      else early.push(frameBytes(data))
    })
    ws.on('pong', () => this.answeredPing.set(ws, true))
    ws.on('error', (error) => socketLog.warn('socket error', { error: errorMessage(error) }))
    ws.on('close', (code) => {
      closed = true
      room?.leave(connection)
      socketLog.debug('socket closed', { code })
    })
    ws.pause()

    this.options.registry
      .connect(roomId, doc, connection, facilitatorKey)
      .then(
        (result) => {
          if (!result.ok) {
            if (result.reason === 'room-not-found') connection.close(CloseCode.RoomNotFound, 'room not found')
            else connection.close(CloseCode.ServiceRestart, 'server restarting')
            return
          }
          room = result.room
          if (closed) return room.leave(connection)
          socketLog.debug('socket joined')
          for (const frame of early.splice(0)) room.receive(connection, frame)
        },
        (error: unknown) => {
          socketLog.error('could not open the room', { error: errorMessage(error) })
          connection.close(CloseCode.StorageUnavailable, 'could not open the room')
        },
      )
      // Also after a close: the closing handshake needs the peer's reply to be read.
      .finally(() => ws.resume())
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (ws.readyState !== WebSocket.OPEN) continue
      if (this.answeredPing.get(ws) === false) {
        ws.close(CloseCode.KeepaliveTimeout, 'keepalive timeout')
        // A peer that stopped answering will not answer the close either.
        setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref()
        continue
      }
      this.answeredPing.set(ws, false)
      ws.ping()
    }
  }
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}
