// Shows other people's pointers on the board: their awareness states become tldraw
// presence records (in this browser only), which tldraw draws with their name and colour.
// A shared view (camera and screen size) lets tldraw follow a person.
import { colourHex } from '@roundtable/shared'
import { InstancePresenceRecordType, type TLInstancePresence, type TLPageId, type TLStore, createUserId } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { type PresenceState, parsePresence } from './presence.ts'

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

export class PresenceSync {
  /** When each client's pointer last moved, by this browser's clock, so idle pointers fade as tldraw intends. */
  private readonly lastMoved = new Map<number, { at: number; cursor: string }>()

  constructor(
    private readonly awareness: Awareness,
    private readonly store: TLStore,
    private readonly selfId: () => string,
  ) {}

  start(): void {
    this.awareness.on('change', this.onChange)
    this.onChange({ added: [...this.awareness.getStates().keys()], updated: [], removed: [] })
  }

  stop(): void {
    this.awareness.off('change', this.onChange)
    const ours = this.store.allRecords().filter((record) => record.typeName === 'instance_presence')
    if (ours.length > 0) this.store.mergeRemoteChanges(() => this.store.remove(ours.map((record) => record.id)))
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChange): void => {
    const puts: TLInstancePresence[] = []
    const removals: TLInstancePresence['id'][] = []
    const states = this.awareness.getStates()
    for (const clientId of [...added, ...updated]) {
      if (clientId === this.awareness.clientID) continue
      const presence = parsePresence(states.get(clientId))
      // Your own other tabs are you: no second pointer for them.
      if (presence && presence.participant.id !== this.selfId() && presence.pageId && (presence.cursor || presence.view)) {
        puts.push(this.record(clientId, presence))
      } else if (this.store.has(presenceId(clientId))) {
        removals.push(presenceId(clientId))
      }
    }
    for (const clientId of removed) {
      this.lastMoved.delete(clientId)
      if (this.store.has(presenceId(clientId))) removals.push(presenceId(clientId))
    }
    if (puts.length === 0 && removals.length === 0) return
    this.store.mergeRemoteChanges(() => {
      if (puts.length > 0) this.store.put(puts)
      if (removals.length > 0) this.store.remove(removals)
    })
  }

  private record(clientId: number, presence: PresenceState): TLInstancePresence {
    const cursor = presence.cursor
    const key = cursor ? `${cursor.x},${cursor.y}` : ''
    const previous = this.lastMoved.get(clientId)
    const at = previous && previous.cursor === key ? previous.at : Date.now()
    this.lastMoved.set(clientId, { at, cursor: key })
    return InstancePresenceRecordType.create({
      id: presenceId(clientId),
      userId: createUserId(presence.participant.id),
      userName: presence.participant.name,
      color: colourHex(presence.participant.colour),
      currentPageId: presence.pageId as TLPageId,
      cursor: cursor ? { x: cursor.x, y: cursor.y, type: 'default', rotation: 0 } : null,
      camera: presence.view?.camera ?? null,
      screenBounds: presence.view ? { x: 0, y: 0, w: presence.view.screen.w, h: presence.view.screen.h } : null,
      lastActivityTimestamp: at,
    })
  }
}

function presenceId(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`client-${clientId}`)
}
