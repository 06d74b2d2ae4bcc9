// A person's editor as each server expects it: a full Y.Doc synced through the stock
// y-websocket provider, or through Hocuspocus's own provider. Two of these join every
// workload to check that everyone ends with the same document.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { RunningTarget } from '../targets/Target.ts'

export interface RealClient {
  doc: Y.Doc
  synced(timeoutMs?: number): Promise<void>
  /** Stops syncing at once: no reconnecting, and nothing more is sent. */
  destroy(): void
}

export function connectRealClient(running: RunningTarget, room: string): RealClient {
  const doc = new Y.Doc()
  if (running.target.dialect === 'hocuspocus') {
    // Node has no global WebSocket in version 20: the socket is made here, with `ws`.
    const socket = new HocuspocusProviderWebsocket({ url: running.providerUrl, WebSocketPolyfill: WebSocket })
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc })
    provider.attach()
    return {
      doc,
      synced: (timeoutMs) => waitUntil(() => provider.isSynced, timeoutMs, `Hocuspocus provider for ${room} to sync`),
      destroy: () => {
        provider.destroy()
        socket.destroy()
      },
    }
  }
  const provider = new WebsocketProvider(running.providerUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, two clients in this process would sync through it.
    disableBc: true,
    maxBackoffTime: 500,
  })
  return {
    doc,
    synced: (timeoutMs) => waitUntil(() => provider.synced, timeoutMs, `provider for ${room} to sync`),
    destroy: () => provider.destroy(),
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs = 20_000, what = 'a condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** True when both documents hold the same content: the same items and the same deletions. */
export function sameDocument(a: Y.Doc, b: Y.Doc): boolean {
  return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b))
}
