// The room's session document: phase, timer, lock, votes shown and the rest, written only
// by the server. This browser reads it through a stock y-websocket provider on its own
// Y.Doc and never writes to it (the server closes any connection that does).
import { DEFAULT_SESSION, type SessionState, readMoreTimeCount, readSession, readTallies } from '@roundtable/shared'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { websocketBase } from './RoomConnection.ts'

export interface SessionSnapshot {
  session: SessionState
  /** Votes per idea, or null while they are hidden. */
  tallies: ReadonlyMap<string, number> | null
  moreTimeCount: number
  /** True once the document has loaded from the server at least once. */
  synced: boolean
}

export const initialSession: SessionSnapshot = { session: DEFAULT_SESSION, tallies: null, moreTimeCount: 0, synced: false }

export class SessionConnection {
  private readonly doc = new Y.Doc()
  private readonly provider: WebsocketProvider
  private snapshot: SessionSnapshot = initialSession
  private readonly listeners = new Set<() => void>()
  private connectTimer: ReturnType<typeof setTimeout> | null

  constructor(roomId: string, serverUrl: string = `${websocketBase()}/session`) {
    this.provider = new WebsocketProvider(serverUrl, roomId, this.doc, { connect: false, disableBc: true })
    // Nobody is "here" on the session document: no awareness state is ever sent.
    this.provider.awareness.setLocalState(null)
    this.connectTimer = setTimeout(() => {
      this.connectTimer = null
      this.provider.connect()
    }, 0)
    this.doc.on('update', this.read)
    this.provider.on('sync', this.onSync)
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): SessionSnapshot => this.snapshot

  destroy(): void {
    if (this.connectTimer !== null) clearTimeout(this.connectTimer)
    this.doc.off('update', this.read)
    this.provider.off('sync', this.onSync)
    this.provider.destroy()
    this.doc.destroy()
    this.listeners.clear()
  }

  private readonly onSync = (synced: boolean): void => {
    if (synced && !this.snapshot.synced) {
      this.snapshot = { ...this.snapshot, synced: true }
      this.read()
    }
  }

  private readonly read = (): void => {
    this.snapshot = {
      session: readSession(this.doc),
      tallies: readTallies(this.doc),
      moreTimeCount: readMoreTimeCount(this.doc),
      synced: this.snapshot.synced,
    }
    for (const listener of this.listeners) listener()
  }
}
