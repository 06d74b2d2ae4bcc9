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

/** The record as an earlier version stored it: every field an entry. */
function storedInFull(record: PlainRecord): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = new Y.Map<unknown>()
  doc.transact(() => {
    doc.getMap('canvas').set(record.id, map)
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'props' && key !== 'meta') {
        map.set(key, value)
        continue
      }
      const nested = new Y.Map<unknown>()
      map.set(key, nested)
      for (const [field, fieldValue] of Object.entries(value as object)) nested.set(field, fieldValue)
    }
  })
  return map
}

describe('record fields', () => {
  it('round-trips a record through per-field entries', () => {
    const map = stored(card)
    expect(readRecord(map, card.id)).toEqual(card)
  })

  it("stores a new card's usual values as no entry at all, and reads them back", () => {
    const plain = { ...card, meta: {} }
    const map = stored(plain)
    expect([...map.keys()].sort()).toEqual(['index', 'meta', 'parentId', 'props', 'type', 'x', 'y'])
    expect([...(map.get('props') as Y.Map<unknown>).keys()]).toEqual([])
    expect(readRecord(map, card.id)).toEqual(plain)
  })

  it('stores values that differ from the usual ones', () => {
    const turned = { ...card, rotation: 0.5, isLocked: true, opacity: 0.4, props: { w: 300, h: 160, ideaId: 'other' } }
    const map = stored(turned)
    expect(map.get('rotation')).toBe(0.5)
    expect(map.get('isLocked')).toBe(true)
    expect(map.get('opacity')).toBe(0.4)
    expect((map.get('props') as Y.Map<unknown>).toJSON()).toEqual({ w: 300, ideaId: 'other' })
    expect(readRecord(map, card.id)).toEqual(turned)
  })

  it('reads a record stored in full, as earlier versions wrote them, the same', () => {
    expect(readRecord(storedInFull(card), card.id)).toEqual(card)
  })

  it('writes a field back to its usual value once it holds another', () => {
    const map = stored(card)
    const turned = { ...card, rotation: 1 }
    writeRecord(map, turned, { before: card })
    writeRecord(map, card, { before: turned })
    expect(map.get('rotation')).toBe(0)
    expect(readRecord(map, card.id)).toEqual(card)
  })

  it('takes the id and type name from the key, so a stored id that differs still shows', () => {
    const map = stored(card)
    map.set('id', 'shape:someone-else')
    expect(readRecord(map, card.id)['id']).toBe('shape:someone-else')
    expect(readRecord(stored({ id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }), 'page:page')).toEqual({
      id: 'page:page',
      typeName: 'page',
      name: 'Page 1',
      index: 'a1',
      meta: {},
    })
  })

  it('keeps props and meta as maps of their own fields and deeper values whole', () => {
    const map = stored({ ...card, props: { w: 300, h: 160, ideaId: 'abc' } })
    expect(map.get('props')).toBeInstanceOf(Y.Map)
    expect(map.get('meta')).toBeInstanceOf(Y.Map)
    expect((map.get('props') as Y.Map<unknown>).get('w')).toBe(300)
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
