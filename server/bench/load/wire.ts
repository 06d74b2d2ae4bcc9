// The two wire dialects the load generator speaks. Both carry the same y-protocols sync and
// awareness messages; Hocuspocus (3.x) differs in that every message, both ways, starts with
// the document's name (a varString), a client must first send an authentication message
// (type 2, sub-type 0 "token", here an empty token) before anything else is handled, the
// server answers each update with a sync-status acknowledgement (type 8), and it may send
// sync replies as type 4 instead of 0.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '@roundtable/shared'
import type { Dialect } from '../targets/Target.ts'

export type Incoming =
  | { kind: 'sync-step-1' }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'other' }

export interface Wire {
  /** Frames sent as soon as the socket opens, before sync step 1. */
  opening(room: string): Uint8Array[]
  syncStep1(room: string, stateVector: Uint8Array): Uint8Array
  update(room: string, update: Uint8Array): Uint8Array
  awareness(room: string, awarenessUpdate: Uint8Array): Uint8Array
  /** Reads only what the load generator needs; anything else is 'other'. */
  read(frame: Uint8Array): Incoming
}

const SYNC = 0
const AWARENESS = 1
const AUTH = 2
const HOCUSPOCUS_SYNC_REPLY = 4
const AUTH_TOKEN = 0

function readSync(decoder: decoding.Decoder): Incoming {
  const step = decoding.readVarUint(decoder)
  if (step === 0) return { kind: 'sync-step-1' }
  const update = decoding.readVarUint8Array(decoder)
  return step === 1 ? { kind: 'sync-step-2', update } : { kind: 'update', update }
}

const yWebsocketWire: Wire = {
  opening: () => [],
  syncStep1: (_room, stateVector) => encodeSyncStep1(stateVector),
  update: (_room, update) => encodeUpdate(update),
  awareness: (_room, update) => encodeAwareness(update),
  read(frame) {
    const decoder = decoding.createDecoder(frame)
    return decoding.readVarUint(decoder) === SYNC ? readSync(decoder) : { kind: 'other' }
  },
}

function named(room: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, room)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** A y-websocket frame with the document's name put in front, as Hocuspocus expects. */
function prefixed(room: string, frame: Uint8Array): Uint8Array {
  return named(room, (encoder) => encoding.writeUint8Array(encoder, frame))
}

const hocuspocusWire: Wire = {
  opening: (room) => [
    named(room, (encoder) => {
      encoding.writeVarUint(encoder, AUTH)
      encoding.writeVarUint(encoder, AUTH_TOKEN)
      encoding.writeVarString(encoder, '')
    }),
  ],
  syncStep1: (room, stateVector) => prefixed(room, encodeSyncStep1(stateVector)),
  update: (room, update) => prefixed(room, encodeUpdate(update)),
  awareness: (room, update) => prefixed(room, encodeAwareness(update)),
  read(frame) {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    return type === SYNC || type === HOCUSPOCUS_SYNC_REPLY ? readSync(decoder) : { kind: 'other' }
  },
}

export function wireFor(dialect: Dialect): Wire {
  return dialect === 'hocuspocus' ? hocuspocusWire : yWebsocketWire
}

/** An awareness update for one client: the same bytes y-protocols' encodeAwarenessUpdate writes. */
export function awarenessUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return encoding.toUint8Array(encoder)
}
