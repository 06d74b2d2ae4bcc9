// The WebSocket endpoints /ws/:roomId (the board) and /ws/session/:roomId (the session
// document): accepts upgrades from the HTTP server, hands each socket to its Room within
// the abuse limits, and pings every socket so dead peers are noticed and dropped.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import { CloseCode, Limits } from '@roundtable/shared'
import { createLogger, errorMessage } from '../logger.ts'
import type { Room } from '../room/Room.ts'
import type { RoomRegistry } from '../room/RoomRegistry.ts'
import { SocketConnection, frameBytes } from './SocketConnection.ts'
import { metrics } from '../metrics/serverMetrics.ts'
import { NO_SOCKET_LIMITS, SocketLimits, TOO_MANY_MESSAGES, type Refusal, type SocketLimitOptions } from './SocketLimits.ts'
import { socketTarget, type SocketTarget } from './socketTarget.ts'
import { upgradeAddress } from './upgradeAddress.ts'

const log = createLogger('ws')

/** How long a socket we closed may take to finish the closing handshake before we cut it. */
const CLOSE_GRACE_MS = 1000

export interface SocketServerOptions {
  registry: RoomRegistry
  pingIntervalMs: number
  /** Behind a reverse proxy: count sockets by the address it appends to X-Forwarded-For. */
  trustProxy?: boolean
  /** Sockets per address, live rooms and message rate; without them nothing is limited. */
  limits?: SocketLimitOptions
}

export class SocketServer {
  // ws refuses larger frames itself, closing the socket with 1009 (message too big).
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: Limits.maxMessageBytes })
  private readonly answeredPing = new WeakMap<WebSocket, boolean>()
  private readonly heartbeat: NodeJS.Timeout
  private readonly limits: SocketLimits
  private accepting = true

  constructor(private readonly options: SocketServerOptions) {
    this.limits = new SocketLimits(options.limits ?? NO_SOCKET_LIMITS, options.registry)
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
    const address = upgradeAddress(request, this.options.trustProxy ?? false)
    // Even an unknown room, or a socket over a limit, is accepted first and then closed with
    // a code: a browser cannot read the status of a refused upgrade, but it can read a close code.
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, target, address))
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

  private accept(ws: WebSocket, target: SocketTarget, address: string): void {
    const { roomId, doc, facilitatorKey } = target
    const connection = new SocketConnection(ws)
    // The client's address is personal data: it is counted, never logged.
    const socketLog = log.child({ room: roomId, doc, connection: connection.id })
    ws.on('error', (error) => {
      metrics.countError('socket')
      socketLog.warn('socket error', { error: errorMessage(error) })
    })
    const tooMany = this.limits.openSocket(address)
    if (tooMany) {
      metrics.countLimited('connections-per-address')
      socketLog.info('refusing a socket: too many open from one address')
      connection.close(tooMany.code, tooMany.reason)
      // Not counted, so it may not linger: a peer that ignores the close is cut off.
      setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref()
      return
    }
    const budget = this.limits.messageBudget()
    let room: Room | null = null
    let closed = false
    /** Set once we have closed the socket: frames still arriving are ignored. */
    let refused = false
    // Frames that arrive before the room has loaded wait here, in order.
    const early: Uint8Array[] = []
    const refuse = ({ code, reason }: Refusal): void => {
      refused = true
      early.length = 0
      room?.leave(connection)
      connection.close(code, reason)
    }
    this.answeredPing.set(ws, true)

    ws.on('message', (data, isBinary) => {
      if (refused) return
      // Counted before anything else, so a flood costs us as little as possible.
      if (budget !== null && !budget.take()) {
        metrics.countLimited('messages-per-second')
        socketLog.warn('closing a connection that sent too many messages', { perSecond: this.options.limits?.messagesPerSecond })
        return refuse(TOO_MANY_MESSAGES)
      }
      if (!isBinary) return refuse({ code: CloseCode.MalformedMessage, reason: 'text frames are not part of the protocol' })
      if (room) room.receive(connection, frameBytes(data))
      else early.push(frameBytes(data))
    })
    ws.on('pong', () => this.answeredPing.set(ws, true))
    ws.on('close', (code) => {
      closed = true
      this.limits.closeSocket(address)
      room?.leave(connection)
      socketLog.debug('socket closed', { code })
    })
    ws.pause()

    this.limits
      .openRoom(roomId, () => this.options.registry.connect(roomId, doc, connection, facilitatorKey))
      .then(
        (admission) => {
          if (!admission.ok) {
            metrics.countLimited('live-rooms')
            socketLog.warn('refusing a socket: too many rooms open', { rooms: this.options.registry.roomCount })
            return connection.close(admission.refusal.code, admission.refusal.reason)
          }
          const result = admission.value
          if (!result.ok) {
            if (result.reason === 'room-not-found') connection.close(CloseCode.RoomNotFound, 'room not found')
            else connection.close(CloseCode.ServiceRestart, 'server restarting')
            return
          }
          room = result.room
          if (closed || refused) return room.leave(connection)
          socketLog.debug('socket joined')
          for (const frame of early.splice(0)) room.receive(connection, frame)
        },
        (error: unknown) => {
          metrics.countError('room-open')
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
