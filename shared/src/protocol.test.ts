import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  parseAwarenessUpdate,
  parseMessage,
} from './protocol.ts'

function anUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('ideas').set('a', 'hello')
  return Y.encodeStateAsUpdate(doc)
}

function awarenessUpdate(states: [number, number, string][]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, states.length)
  for (const [clientId, clock, json] of states) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, json)
  }
  return encoding.toUint8Array(encoder)
}

describe('parseMessage', () => {
  it('reads back every message the encoders write', () => {
    const update = anUpdate()
    const stateVector = Y.encodeStateVector(new Y.Doc())
    expect(parseMessage(encodeSyncStep1(stateVector))).toEqual({ ok: true, message: { kind: 'sync-step-1', stateVector } })
    expect(parseMessage(encodeSyncStep2(update))).toEqual({ ok: true, message: { kind: 'sync-step-2', update } })
    expect(parseMessage(encodeUpdate(update))).toEqual({ ok: true, message: { kind: 'update', update } })
    expect(parseMessage(encodeQueryAwareness())).toEqual({ ok: true, message: { kind: 'query-awareness' } })
  })

  it('reads awareness states with their JSON', () => {
    const update = awarenessUpdate([[7, 2, '{"cursor":{"x":1}}'], [9, 5, 'null']])
    const result = parseMessage(encodeAwareness(update))
    expect(result).toEqual({
      ok: true,
      message: {
        kind: 'awareness',
        update,
        clients: [
          { clientId: 7, clock: 2, state: { cursor: { x: 1 } }, json: '{"cursor":{"x":1}}' },
          { clientId: 9, clock: 5, state: null, json: 'null' },
        ],
      },
    })
  })

  it.each([
    ['an empty frame', new Uint8Array([])],
    ['an unknown message type', new Uint8Array([9])],
    ['an unknown sync step', new Uint8Array([0, 7, 0])],
    ['a length longer than the frame', new Uint8Array([0, 2, 200, 1, 1])],
    ['a varint that never ends', new Uint8Array([0, 2, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255])],
    ['random bytes as an update', encodeUpdate(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))],
    ['a truncated update', encodeUpdate(anUpdate().slice(0, 6))],
    ['trailing bytes', new Uint8Array([...encodeQueryAwareness(), 0])],
    ['awareness that is not JSON', encodeAwareness(awarenessUpdate([[1, 1, '{nope']]))],
  ])('rejects %s with an error instead of throwing', (_name, frame) => {
    const result = parseMessage(frame)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/\w/)
  })
})

describe('awareness updates', () => {
  it('are written as y-protocols writes them, keeping each state as the JSON text it came in', () => {
    const entries = [
      { clientId: 7, clock: 2, json: '{ "name": "Heron" }' },
      { clientId: 300, clock: 1, json: 'null' },
    ]
    const update = encodeAwarenessEntries(entries)
    expect(update).toEqual(awarenessUpdate(entries.map(({ clientId, clock, json }) => [clientId, clock, json])))
    expect(parseAwarenessUpdate(update)).toEqual({
      ok: true,
      clients: [
        { clientId: 7, clock: 2, state: { name: 'Heron' }, json: '{ "name": "Heron" }' },
        { clientId: 300, clock: 1, state: null, json: 'null' },
      ],
    })
  })

  it.each([
    ['a truncated update', awarenessUpdate([[1, 1, '{}']]).slice(0, 3)],
    ['a state that is not JSON', awarenessUpdate([[1, 1, '{nope']])],
    ['trailing bytes', new Uint8Array([...awarenessUpdate([]), 0])],
  ])('reports %s as an error instead of throwing', (_name, update) => {
    expect(parseAwarenessUpdate(update).ok).toBe(false)
  })
})
