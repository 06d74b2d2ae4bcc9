import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type PlainRecord, jsonEqual, readRecord, writeRecord } from './recordFields.ts'

const card: PlainRecord = {
  id: 'shape:idea-abc',
  typeName: 'shape',
  type: 'idea',
  x: 10,
  y: 20,
  rotation: 0,
  index: 'a1',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  props: { w: 240, h: 160, ideaId: 'abc' },
  meta: { note: { nested: [1, 2, { deep: true }] } },
}

function stored(record: PlainRecord): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = new Y.Map<unknown>()
  doc.transact(() => {
    doc.getMap('canvas').set(record.id, map)
    writeRecord(map, record)
  })
  return map
}

describe('record fields', () => {
  it('round-trips a record through per-field entries', () => {
    const map = stored(card)
    expect(readRecord(map)).toEqual(card)
  })

  it('keeps props and meta as maps of their own fields and deeper values whole', () => {
    const map = stored(card)
    expect(map.get('props')).toBeInstanceOf(Y.Map)
    expect(map.get('meta')).toBeInstanceOf(Y.Map)
    expect((map.get('props') as Y.Map<unknown>).get('w')).toBe(240)
    expect((map.get('meta') as Y.Map<unknown>).get('note')).toEqual({ nested: [1, 2, { deep: true }] })
  })

  it('writes only the fields that changed since `before`', () => {
    const map = stored(card)
    const touched: string[] = []
    map.observeDeep((events) => {
      for (const event of events) for (const key of event.changes.keys.keys()) touched.push([...event.path, key].join('.'))
    })
    const moved = { ...card, x: 99, props: { ...(card.props as object), w: 300 } }
    const writes = map.doc!.transact(() => writeRecord(map, moved, { before: card }))
    expect(writes).toBe(2)
    expect(touched.sort()).toEqual(['props.w', 'x'])
  })

  it('leaves fields it was not asked to change alone, even when they differ', () => {
    const map = stored(card)
    map.set('y', 555) // someone else moved it down
    const moved = { ...card, x: 99 }
    writeRecord(map, moved, { before: card })
    expect(map.get('y')).toBe(555)
    expect(map.get('x')).toBe(99)
  })

  it('removes fields the record no longer has and never stores undefined', () => {
    const map = stored(card)
    const { meta: _meta, ...withoutMeta } = card
    writeRecord(map, { ...withoutMeta, opacity: undefined } as PlainRecord)
    expect(map.has('meta')).toBe(false)
    expect(map.has('opacity')).toBe(false)
  })

  it('compares JSON values structurally', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(jsonEqual([1, 2], [2, 1])).toBe(false)
    expect(jsonEqual({ a: 1 }, [1])).toBe(false)
  })
})
