// Frames an attacker might send to a room's socket, drawn from a seeded generator so a
// failing run can be replayed: random bytes, valid frames with bytes flipped, truncated
// updates, varints that never end, lengths of 2^53, unknown message types, huge awareness.
import * as encoding from 'lib0/encoding'
import { Limits, encodeAwareness, encodeQueryAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '@roundtable/shared'

/** mulberry32: small, fast and good enough to pick frames; the same seed gives the same frames. */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }

  /** A whole number from 0 up to, not including, `below`. */
  int(below: number): number {
    return Math.floor(this.next() * below)
  }

  pick<T>(choices: readonly T[]): T {
    const choice = choices[this.int(choices.length)]
    if (choice === undefined) throw new Error('nothing to pick from')
    return choice
  }

  bytes(length: number): Uint8Array {
    const bytes = new Uint8Array(length)
    for (let i = 0; i < length; i++) bytes[i] = this.int(256)
    return bytes
  }
}

export type FrameKind =
  | 'random bytes'
  | 'flipped bytes'
  | 'truncated update'
  | 'endless varint'
  | 'huge length'
  | 'unknown type'
  | 'garbage update'
  | 'huge awareness'
  | 'oversized'
  | 'empty'
  | 'text'
  | 'replayed'

export interface FuzzFrame {
  kind: FrameKind
  /** A string goes out as a text frame. */
  data: Uint8Array | string
}

/** Valid frames from the honest person's document, to mutate and replay. */
export interface FrameCorpus {
  syncStep1: Uint8Array
  syncStep2: Uint8Array
  update: Uint8Array
  awareness: Uint8Array
  queryAwareness: Uint8Array
}

export function corpusOf(stateVector: Uint8Array, fullState: Uint8Array, lastUpdate: Uint8Array): FrameCorpus {
  return {
    syncStep1: encodeSyncStep1(stateVector),
    syncStep2: encodeSyncStep2(fullState),
    update: encodeUpdate(lastUpdate),
    awareness: encodeAwareness(awarenessUpdate(7_000_001, 1, JSON.stringify({ participant: { name: 'Kestrel' } }))),
    queryAwareness: encodeQueryAwareness(),
  }
}

/** y-protocols' awareness update for one client. */
export function awarenessUpdate(clientId: number, clock: number, stateJson: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, stateJson)
  return encoding.toUint8Array(encoder)
}

function bytesOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

const HUGE_LENGTHS = [2 ** 53, 2 ** 53 - 1, 2 ** 32, 2 ** 31, Limits.maxMessageBytes + 1, 1_000_000]

/** Draws attack frames; `largeFrames` caps the costly kinds (huge awareness, oversized) per generator. */
export class FrameGenerator {
  private largeLeft: number

  constructor(
    private readonly random: Random,
    private readonly corpus: FrameCorpus,
    largeFrames: number,
  ) {
    this.largeLeft = largeFrames
  }

  next(): FuzzFrame {
    const roll = this.random.int(100)
    if (roll < 14) return { kind: 'random bytes', data: this.random.bytes(1 + this.random.int(this.random.pick([8, 64, 512, 4096]))) }
    if (roll < 44) return { kind: 'flipped bytes', data: this.flipped() }
    if (roll < 54) return { kind: 'truncated update', data: this.truncated() }
    if (roll < 62) return { kind: 'endless varint', data: this.endlessVarint() }
    if (roll < 70) return { kind: 'huge length', data: this.hugeLength() }
    if (roll < 78) return { kind: 'unknown type', data: this.unknownType() }
    if (roll < 88) return { kind: 'garbage update', data: this.garbageUpdate() }
    if (roll < 89 && this.largeLeft > 0) {
      // Alternating, so every run with two or more has both.
      const oversized = this.largeLeft-- % 2 === 0
      if (oversized) return { kind: 'oversized', data: this.oversized() }
      return { kind: 'huge awareness', data: this.hugeAwareness() }
    }
    if (roll < 93) return { kind: 'empty', data: new Uint8Array(0) }
    if (roll < 95) return { kind: 'text', data: this.random.pick(['hello', '\u0000\u0001', '{"type":"update"}', '']) }
    return { kind: 'replayed', data: this.validFrame() }
  }

  private validFrame(): Uint8Array {
    const { syncStep1, syncStep2, update, awareness, queryAwareness } = this.corpus
    return this.random.pick([syncStep1, syncStep2, update, awareness, queryAwareness])
  }

  /** One to three bytes changed; a change in the frame's head turns it into another kind of frame. */
  private flipped(): Uint8Array {
    const frame = this.validFrame().slice()
    const flips = 1 + this.random.int(3)
    for (let i = 0; i < flips && frame.length > 0; i++) {
      const at = this.random.int(frame.length)
      frame[at] = this.random.int(2) === 0 ? (frame[at] ?? 0) ^ (1 << this.random.int(8)) : this.random.int(256)
    }
    return frame
  }

  private truncated(): Uint8Array {
    const frame = this.random.pick([this.corpus.syncStep2, this.corpus.update])
    return frame.slice(0, this.random.int(frame.length))
  }

  /** Every byte says "more follows", up to the frame's end or past 2^53. */
  private endlessVarint(): Uint8Array {
    const head = this.random.pick([[], [0], [0, 1], [0, 2], [1], [1, 4]])
    const tail = new Uint8Array(1 + this.random.int(80)).fill(0xff)
    return Uint8Array.from([...head, ...tail])
  }

  /** A length far beyond the bytes that follow: of the frame's payload, or inside the Yjs update. */
  private hugeLength(): Uint8Array {
    const length = this.random.pick(HUGE_LENGTHS)
    const rest = this.random.bytes(this.random.int(32))
    switch (this.random.int(4)) {
      case 0:
        return bytesOf((encoder) => {
          encoding.writeVarUint(encoder, 0)
          encoding.writeVarUint(encoder, this.random.int(3))
          encoding.writeVarUint(encoder, length)
          encoding.writeUint8Array(encoder, rest)
        })
      case 1:
        return bytesOf((encoder) => {
          encoding.writeVarUint(encoder, 1)
          encoding.writeVarUint(encoder, length)
          encoding.writeUint8Array(encoder, rest)
        })
      case 2:
        // An update claiming `length` clients, or structs, or an awareness update claiming as many states.
        return encodeUpdate(bytesOf((encoder) => {
          encoding.writeVarUint(encoder, length)
          encoding.writeUint8Array(encoder, rest)
        }))
      default:
        return encodeAwareness(bytesOf((encoder) => {
          encoding.writeVarUint(encoder, length)
          encoding.writeUint8Array(encoder, rest)
        }))
    }
  }

  private unknownType(): Uint8Array {
    const type = this.random.pick([2, 4, 5, 17, 127, 128, 300, 65_536, 2 ** 31, 2 ** 53 - 1])
    return bytesOf((encoder) => {
      encoding.writeVarUint(encoder, type)
      encoding.writeUint8Array(encoder, this.random.bytes(this.random.int(64)))
    })
  }

  /** Well-framed sync messages carrying bytes that are no Yjs update or state vector. */
  private garbageUpdate(): Uint8Array {
    const payload = this.random.bytes(1 + this.random.int(256))
    return this.random.pick([encodeSyncStep1, encodeSyncStep2, encodeUpdate])(payload)
  }

  /** Past the frame limit; random 4 KB repeated, as the server reads no further than the length. */
  private oversized(): Uint8Array {
    const block = this.random.bytes(4096)
    const frame = new Uint8Array(Limits.maxMessageBytes + 1 + this.random.int(4096))
    for (let at = 0; at < frame.length; at += block.length) frame.set(block.subarray(0, frame.length - at), at)
    return frame
  }

  /** A valid awareness state of up to the frame limit: allowed, relayed, and no change to the document. */
  private hugeAwareness(): Uint8Array {
    const size = 64 * 1024 + this.random.int(Limits.maxMessageBytes - 128 * 1024)
    const state = JSON.stringify({ participant: { name: 'x'.repeat(size) } })
    return encodeAwareness(awarenessUpdate(8_000_000 + this.random.int(1_000_000), 1 + this.random.int(1000), state))
  }
}
