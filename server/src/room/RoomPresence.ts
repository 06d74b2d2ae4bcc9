// Who is in one room document and where their cursors are (Yjs awareness): the people on
// this instance's connections, and those other instances tell it about.
import type * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { encodeAwareness } from '@roundtable/shared'
import type { RoomConnection } from './RoomConnection.ts'

/** The origin of awareness from other instances: relayed to this instance's connections, not published back. */
const REMOTE_ORIGIN = Symbol('remote')

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

export interface RoomPresenceOptions {
  /** Sends a frame to every connection of this instance. */
  sendToAll: (frame: Uint8Array) => void
  /** Tells other instances about an awareness update. */
  publish?: (update: Uint8Array) => void
}

export class RoomPresence {
  private readonly awareness: Awareness
  /** The awareness client ids each of this instance's connections speaks for. */
  private readonly clientsOf = new Map<RoomConnection, Set<number>>()

  constructor(
    doc: Y.Doc,
    private readonly options: RoomPresenceOptions,
  ) {
    this.awareness = new Awareness(doc)
    // The server is not a participant: it has no awareness state of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onUpdate)
  }

  get anyone(): boolean {
    return this.awareness.getStates().size > 0
  }

  /** Everyone present, as one frame for a newcomer or a query. */
  everyone(): Uint8Array {
    return encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]))
  }

  join(connection: RoomConnection): void {
    this.clientsOf.set(connection, new Set())
  }

  /** Applies an awareness update a connection sent; throws when it is malformed. */
  receive(connection: RoomConnection, update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, connection)
  }

  /** Applies an awareness update from another instance; throws when it is malformed. */
  fromOtherInstance(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN)
  }

  /** The awareness of this instance's connections, for an instance that has just loaded the room; null when nobody is here. */
  ofConnections(): Uint8Array | null {
    const clients = [...this.clientsOf.values()].flatMap((clients) => [...clients])
    return clients.length === 0 ? null : encodeAwarenessUpdate(this.awareness, clients)
  }

  /** Forgets the connections and tells everyone, here and on other instances, that their people left. */
  leave(connections: Iterable<RoomConnection>): void {
    const clients: number[] = []
    for (const connection of connections) {
      clients.push(...(this.clientsOf.get(connection) ?? []))
      this.clientsOf.delete(connection)
    }
    if (clients.length > 0) removeAwarenessStates(this.awareness, clients, null)
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate)
    this.awareness.destroy()
  }

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const controlled = this.clientsOf.get(origin as RoomConnection)
    if (controlled) {
      for (const client of [...added, ...updated]) controlled.add(client)
      for (const client of removed) controlled.delete(client)
    }
    const update = encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed])
    // Echoed to the sender too, as y-websocket servers do: a person alone in a room still
    // hears from the server every few seconds, so their provider does not think it is cut off.
    this.options.sendToAll(encodeAwareness(update))
    // Every instance times out silent clients itself (y-protocols' 'timeout' origin), so
    // only what this instance's connections said, and their leaving, is published.
    if (origin !== REMOTE_ORIGIN && origin !== 'timeout') this.options.publish?.(update)
  }
}
