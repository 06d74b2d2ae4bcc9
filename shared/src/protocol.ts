// The y-websocket wire protocol as pure encode/decode pairs. Parsing untrusted frames
// returns a result value and never throws, so one bad frame can reject one socket only.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** First varuint of every frame (y-websocket's message types). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
/** Second varuint of a sync frame (y-protocols/sync). */
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const

export type ClientMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array; clients: AwarenessEntry[] }
  | { kind: 'query-awareness' }

export interface AwarenessEntry {
  clientId: number
  clock: number
  /** null when the client has left. */
  state: unknown
  /** The state as the JSON text it arrived in, so a server can relay it without writing it again. */
  json: string
}

export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; error: string }
export type AwarenessParseResult = { ok: true; clients: AwarenessEntry[] } | { ok: false; error: string }

export function parseMessage(frame: Uint8Array): ParseResult {
  try {
    const decoder = decoding.createDecoder(frame)
    const message = readMessage(decoder)
    if (typeof message === 'string') return { ok: false, error: message }
    if (decoding.hasContent(decoder)) return { ok: false, error: 'trailing bytes after message' }
    return { ok: true, message }
  } catch (cause) {
    return { ok: false, error: `unreadable frame: ${(cause as Error).message}` }
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage | string {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MessageType.sync:
      return readSync(decoder)
    case MessageType.awareness: {
      const update = decoding.readVarUint8Array(decoder)
      const clients = readAwarenessUpdate(update)
      return typeof clients === 'string' ? clients : { kind: 'awareness', update, clients }
    }
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' }
    default:
      return `unknown message type ${type}`
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage | string {
  const step = decoding.readVarUint(decoder)
  const payload = decoding.readVarUint8Array(decoder)
  if (step === SyncStep.step1) {
    Y.decodeStateVector(payload)
    return { kind: 'sync-step-1', stateVector: payload }
  }
  if (step !== SyncStep.step2 && step !== SyncStep.update) return `unknown sync step ${step}`
  if (!isWellFormedUpdate(payload)) return 'malformed Yjs update'
  return step === SyncStep.step2 ? { kind: 'sync-step-2', update: payload } : { kind: 'update', update: payload }
}

/** Decodes a Yjs v1 update fully without applying it, so a bad one never touches a document. */
export function isWellFormedUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update)
    return true
  } catch {
    return false
  }
}

/** Reads an awareness update (the payload of an awareness frame); never throws. */
export function parseAwarenessUpdate(update: Uint8Array): AwarenessParseResult {
  try {
    const clients = readAwarenessUpdate(update)
    return typeof clients === 'string' ? { ok: false, error: clients } : { ok: true, clients }
  } catch (cause) {
    return { ok: false, error: `unreadable awareness update: ${(cause as Error).message}` }
  }
}

function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] | string {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const clients: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    let state: unknown
    try {
      state = JSON.parse(json)
    } catch {
      return 'awareness state is not JSON'
    }
    clients.push({ clientId, clock, state, json })
  }
  if (decoding.hasContent(decoder)) return 'trailing bytes after awareness update'
  return clients
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.sync)
    encoding.writeVarUint(encoder, step)
    encoding.writeVarUint8Array(encoder, payload)
  })
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncFrame(SyncStep.step1, stateVector)
export const encodeSyncStep2 = (update: Uint8Array) => syncFrame(SyncStep.step2, update)
export const encodeUpdate = (update: Uint8Array) => syncFrame(SyncStep.update, update)

/** An awareness update as y-protocols' encodeAwarenessUpdate writes it, from states already in JSON. */
export function encodeAwarenessEntries(clients: readonly Pick<AwarenessEntry, 'clientId' | 'clock' | 'json'>[]): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, clients.length)
    for (const { clientId, clock, json } of clients) {
      encoding.writeVarUint(encoder, clientId)
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarString(encoder, json)
    }
  })
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.awareness)
    encoding.writeVarUint8Array(encoder, update)
  })
}

export function encodeQueryAwareness(): Uint8Array {
  return frame((encoder) => encoding.writeVarUint(encoder, MessageType.queryAwareness))
}
