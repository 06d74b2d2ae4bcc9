// The bytes of one message between instances: a format version, the sending instance's id
// (so an instance can skip its own messages), the kind and the payload. Messages come from
// the network, so reading one returns a result and never throws.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { FANOUT_KINDS, type FanoutKind } from './Fanout.ts'

const FORMAT_VERSION = 1

export interface EncodedFanout {
  origin: string
  kind: FanoutKind
  payload: Uint8Array
}

export type FanoutParse = { ok: true; message: EncodedFanout } | { ok: false; error: string }

export function encodeFanoutMessage({ origin, kind, payload }: EncodedFanout): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, FORMAT_VERSION)
  encoding.writeVarString(encoder, origin)
  encoding.writeVarUint(encoder, FANOUT_KINDS.indexOf(kind))
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

export function parseFanoutMessage(bytes: Uint8Array): FanoutParse {
  try {
    const decoder = decoding.createDecoder(bytes)
    const version = decoding.readVarUint(decoder)
    if (version !== FORMAT_VERSION) return { ok: false, error: `unknown format version ${version}` }
    const origin = decoding.readVarString(decoder)
    const kind = FANOUT_KINDS[decoding.readVarUint(decoder)]
    if (kind === undefined) return { ok: false, error: 'unknown kind' }
    const payload = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder)) return { ok: false, error: 'trailing bytes after message' }
    return { ok: true, message: { origin, kind, payload } }
  } catch (cause) {
    return { ok: false, error: `unreadable message: ${(cause as Error).message}` }
  }
}
