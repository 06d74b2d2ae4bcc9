// A server under test, as the workloads see it: how to start it on a data directory, how
// to make a room people can join, and which wire dialect its clients speak.
import type { ChildServer } from './childServer.ts'

/**
 * 'y-websocket': the standard protocol, one document per socket, named by the URL.
 * 'hocuspocus': the same Yjs sync and awareness messages, but each prefixed with the
 * document's name, an authentication message first, and acknowledgements (see load/wire.ts).
 */
export type Dialect = 'y-websocket' | 'hocuspocus'

export interface Target {
  /** Shown in RESULTS.md. */
  name: string
  /** Used with --servers. */
  key: string
  /** False for a server that keeps rooms in memory only: storage workloads do not apply. */
  persistent: boolean
  dialect: Dialect
  start(dataDir: string, port: number): Promise<RunningTarget>
}

export interface RunningTarget {
  target: Target
  server: ChildServer
  /** The base URL a provider is given: ws://127.0.0.1:port/ws for us, ws://127.0.0.1:port for the peers. */
  providerUrl: string
  /** Makes a room ready to join and returns its name (the document's name on the wire). */
  createRoom(): Promise<string>
}

/** The URL a raw client opens for a room. */
export function socketUrl(running: RunningTarget, room: string): string {
  return running.target.dialect === 'hocuspocus' ? running.providerUrl : `${running.providerUrl}/${room}`
}

let roomCounter = 0

/** A fresh document name for the peers, which make a document on first use. */
export function peerRoomName(): string {
  roomCounter += 1
  return `bench-${process.pid}-${roomCounter}`
}
