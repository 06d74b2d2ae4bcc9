// One browser's live link to a room: the Yjs document, the board over it, and the
// y-websocket provider with its awareness, plus a connection status React can follow.
// A facilitator's connection carries their key, so it may change a locked board.
import { Board, CloseCode } from '@roundtable/shared'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type ConnectionEvent, type ConnectionSnapshot, initialConnection, nextConnection } from './connectionStatus.ts'
import { reconnectsAfter } from './reconnecting.ts'
import { applyServerUpdatesWithoutEcho } from './serverUpdates.ts'

/** The server's WebSocket endpoint on this page's own origin (never another one). */
export function websocketBase(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`
}

export class RoomConnection {
  readonly doc = new Y.Doc()
  readonly board = new Board(this.doc)
  readonly provider: WebsocketProvider
  private snapshot: ConnectionSnapshot = initialConnection
  private readonly listeners = new Set<() => void>()
  private connectTimer: ReturnType<typeof setTimeout> | null
  private readonly lockedListeners = new Set<() => void>()

  constructor(
    roomId: string,
    options: {
      key?: string | null
      serverUrl?: string
      /** Connect now rather than on the next turn (nothing will drop this connection at once). */
      connectNow?: boolean
    } = {},
  ) {
    this.provider = new WebsocketProvider(options.serverUrl ?? websocketBase(), roomId, this.doc, {
      // A busy server (1013) keeps being tried, with y-websocket's backoff of at most 2.5 seconds.
      shouldReconnect: (event) => reconnectsAfter(event.code),
      connect: false,
      params: options.key ? { key: options.key } : {},
    })
    applyServerUpdatesWithoutEcho(this.provider)
    this.provider.on('sync', this.onSync)
    this.provider.on('connection-close', this.onClose)
    window.addEventListener('offline', this.onBrowserOffline)
    window.addEventListener('online', this.onBrowserOnline)
    // Connecting on the next turn means a connection made and dropped at once (React's
    // development double-mount) never opens a socket only to abandon it.
    this.connectTimer = options.connectNow
      ? null
      : setTimeout(() => {
          this.connectTimer = null
          this.provider.connect()
        }, 0)
    if (options.connectNow) this.provider.connect()
  }

  get awareness() {
    return this.provider.awareness
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): ConnectionSnapshot => this.snapshot

  /** Calls `listener` when the server refused a change because the board is locked (this copy is then stale). */
  onBoardLocked(listener: () => void): () => void {
    this.lockedListeners.add(listener)
    return () => this.lockedListeners.delete(listener)
  }

  destroy(): void {
    if (this.connectTimer !== null) clearTimeout(this.connectTimer)
    window.removeEventListener('offline', this.onBrowserOffline)
    window.removeEventListener('online', this.onBrowserOnline)
    this.provider.off('sync', this.onSync)
    this.provider.off('connection-close', this.onClose)
    this.provider.destroy()
    this.doc.destroy()
    this.listeners.clear()
    this.lockedListeners.clear()
  }

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.dispatch({ type: 'synced' })
  }

  private readonly onClose = (event: CloseEvent | null): void => {
    this.dispatch({ type: 'closed', code: event?.code ?? null })
    if (event?.code === CloseCode.RoomNotFound) this.provider.disconnect()
    if (event?.code === CloseCode.BoardLocked) for (const listener of [...this.lockedListeners]) listener()
  }

  private readonly onBrowserOffline = (): void => this.dispatch({ type: 'browser-offline' })

  // A short network blip may not close the socket at all: then the board is still in sync.
  private readonly onBrowserOnline = (): void => {
    if (this.provider.wsconnected && this.provider.synced) this.dispatch({ type: 'synced' })
  }

  private dispatch(event: ConnectionEvent): void {
    const next = nextConnection(this.snapshot, event)
    if (next === this.snapshot || (next.state === this.snapshot.state && next.hasSynced === this.snapshot.hasSynced)) return
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}
