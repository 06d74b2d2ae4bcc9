import { Board } from '@roundtable/shared'
import { HistoryManager, type IndexKey, type TLRecord, type TLShape, type TLShapeId, type TLStore, getIndices } from 'tldraw'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { CanvasBinding } from './CanvasBinding.ts'
import { writeRecord } from './recordFields.ts'
import { createTestStore } from './testStore.ts'

interface Peer {
  doc: Y.Doc
  board: Board
  store: TLStore
  binding: CanvasBinding
  warn: ReturnType<typeof vi.fn>
}

function peer(): Peer {
  const doc = new Y.Doc()
  const board = new Board(doc)
  const store = createTestStore()
  const warn = vi.fn()
  const binding = new CanvasBinding(store, board, { warn })
  return { doc, board, store, binding, warn }
}

/** Sends everything each peer has that the other lacks, as a server would. */
function exchange(a: Peer, b: Peer): void {
  const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc))
  const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc))
  Y.applyUpdate(b.doc, toB, 'server')
  Y.applyUpdate(a.doc, toA, 'server')
}

const CARD = 'shape:idea-one' as TLShapeId

function addCard(p: Peer): void {
  p.store.put([
    p.store.schema.types.shape.create({
      id: CARD,
      type: 'idea',
      parentId: 'page:page',
      index: 'a1',
      x: 0,
      y: 0,
      props: { w: 240, h: 160, ideaId: 'one' },
    } as TLShape),
  ])
  p.store._flushHistory()
}

function update(p: Peer, change: (shape: TLShape) => TLShape): void {
  p.store.update(CARD, (record) => change(record))
  p.store._flushHistory()
}

const card = (p: Peer) => p.store.get(CARD) as (TLShape & { props: { w: number; h: number } }) | undefined

/** Two people on one board, both started, with one card on it. */
function twoPeopleWithACard(): [Peer, Peer] {
  const ana = peer()
  const ben = peer()
  ana.binding.start()
  exchange(ana, ben)
  ben.binding.start()
  addCard(ana)
  exchange(ana, ben)
  return [ana, ben]
}

describe('canvas binding', () => {
  it('seeds an empty board with the page and document, and loads a board that has them', () => {
    const [ana, ben] = twoPeopleWithACard()
    expect([...ana.board.canvasMap.keys()].sort()).toEqual(['document:document', 'page:page', CARD])
    expect(card(ben)).toEqual(card(ana))
  })

  it("stores a card's usual values as no entries, and the other person still gets the whole card", () => {
    const [ana, ben] = twoPeopleWithACard()
    const stored = ana.board.canvasMap.get(CARD) as Y.Map<unknown>
    expect([...stored.keys()].sort()).toEqual(['index', 'meta', 'parentId', 'props', 'type', 'x', 'y'])
    expect(card(ben)).toEqual(card(ana))
    expect(card(ben)).toMatchObject({ rotation: 0, opacity: 1, isLocked: false, props: { w: 240, h: 160, ideaId: 'one' } })
  })

  it('opens a board an earlier version wrote, with every field an entry, the same', () => {
    const [ana] = twoPeopleWithACard()
    const old = peer()
    old.doc.transact(() => {
      for (const record of ana.store.allRecords()) {
        if (!['document', 'page', 'shape'].includes(record.typeName)) continue
        const entry = new Y.Map<unknown>()
        old.board.canvasMap.set(record.id, entry)
        for (const [key, value] of Object.entries(record)) {
          if (key !== 'props' && key !== 'meta') entry.set(key, value)
          else entry.set(key, new Y.Map(Object.entries(value as object)))
        }
      }
    })
    const ben = peer()
    exchange(old, ben)
    ben.binding.start()
    expect(card(ben)).toEqual(card(ana))
    expect(ben.warn).not.toHaveBeenCalled()
  })

  it('keeps both of two concurrent edits to different fields of one card', () => {
    const [ana, ben] = twoPeopleWithACard()
    update(ana, (shape) => ({ ...shape, x: 400, y: 300 }))
    update(ben, (shape) => ({ ...shape, props: { ...shape.props, w: 500 } }) as TLShape)
    exchange(ana, ben)
    for (const person of [ana, ben]) {
      expect(card(person)).toMatchObject({ x: 400, y: 300, props: { w: 500, h: 160, ideaId: 'one' } })
    }
  })

  it('never replaces a whole record: a move touches only x and y', () => {
    const [ana, ben] = twoPeopleWithACard()
    const before = ben.board.canvasMap.get(CARD)
    const touched: string[] = []
    ben.board.canvasMap.observeDeep((events) => {
      for (const event of events) for (const key of event.changes.keys.keys()) touched.push([...event.path, key].join('.'))
    })
    update(ana, (shape) => ({ ...shape, x: 50, y: 60 }))
    exchange(ana, ben)
    expect(touched.sort()).toEqual([`${CARD}.x`, `${CARD}.y`])
    expect(ben.board.canvasMap.get(CARD)).toBe(before)
  })

  it('does not echo a remote change back into the document', () => {
    const [ana, ben] = twoPeopleWithACard()
    const benUpdates = vi.fn()
    ben.doc.on('update', (_update, origin) => {
      if (origin !== 'server') benUpdates()
    })
    update(ana, (shape) => ({ ...shape, x: 123 }))
    exchange(ana, ben)
    ben.store._flushHistory()
    expect(card(ben)?.x).toBe(123)
    expect(benUpdates).not.toHaveBeenCalled()
  })

  it('keeps camera, selection, pointer and instance state out of the document', () => {
    const [ana] = twoPeopleWithACard()
    const keysBefore = [...ana.board.canvasMap.keys()].sort()
    ana.store.update('camera:page:page' as TLRecord['id'], (camera) => ({ ...camera, x: 99, z: 2 }) as TLRecord)
    ana.store.update('instance_page_state:page:page' as TLRecord['id'], (state) => ({ ...state, selectedShapeIds: [CARD] }) as TLRecord)
    ana.store.update('pointer:pointer' as TLRecord['id'], (pointer) => ({ ...pointer, x: 5, y: 5 }) as TLRecord)
    ana.store._flushHistory()
    expect([...ana.board.canvasMap.keys()].sort()).toEqual(keysBefore)
    for (const key of ana.board.canvasMap.keys()) expect(key).toMatch(/^(document|page|shape):/)
  })

  it('skips a remote record that fails validation, says so once, and applies the rest', () => {
    const [ana, ben] = twoPeopleWithACard()
    const mallory = new Y.Doc()
    Y.applyUpdate(mallory, Y.encodeStateAsUpdate(ana.doc))
    const canvas = new Board(mallory).canvasMap
    mallory.transact(() => {
      const bad = new Y.Map<unknown>()
      canvas.set('shape:bad', bad)
      writeRecord(bad, { ...(card(ana) as unknown as Record<string, unknown>), id: 'shape:bad', props: { w: 'wide', h: 1, ideaId: 'x' } } as never)
      ;(canvas.get(CARD) as Y.Map<unknown>).set('x', 777)
    })
    expect(() => Y.applyUpdate(ben.doc, Y.encodeStateAsUpdate(mallory, Y.encodeStateVector(ben.doc)), 'server')).not.toThrow()
    expect(ben.store.get('shape:bad' as TLShapeId)).toBeUndefined()
    expect(card(ben)?.x).toBe(777)
    expect(ben.warn).toHaveBeenCalledTimes(1)
    mallory.transact(() => ((canvas.get('shape:bad') as Y.Map<unknown>).set('x', 1)))
    Y.applyUpdate(ben.doc, Y.encodeStateAsUpdate(mallory, Y.encodeStateVector(ben.doc)), 'server')
    expect(ben.warn).toHaveBeenCalledTimes(1)
  })

  it('syncs deletion both ways', () => {
    const [ana, ben] = twoPeopleWithACard()
    ben.store.remove([CARD])
    ben.store._flushHistory()
    exchange(ana, ben)
    expect(card(ana)).toBeUndefined()
    expect(ana.board.canvasMap.has(CARD)).toBe(false)
  })

  it('undo rolls back only my own change, never what someone else did to the same card', () => {
    const [ana, ben] = twoPeopleWithACard()
    const history = new HistoryManager<TLRecord>({ store: ana.store })
    update(ana, (shape) => ({ ...shape, x: 400 }))
    update(ben, (shape) => ({ ...shape, props: { ...shape.props, w: 500 } }) as TLShape)
    exchange(ana, ben)
    // Ben's resize arrived as a remote change: it is not in Ana's history.
    expect(card(ana)?.props.w).toBe(500)
    ana.binding.replay(() => history.undo())
    exchange(ana, ben)
    for (const person of [ana, ben]) expect(card(person)).toMatchObject({ x: 0, props: { w: 500 } })
    ana.binding.replay(() => history.redo())
    exchange(ana, ben)
    for (const person of [ana, ben]) expect(card(person)).toMatchObject({ x: 400, props: { w: 500 } })
  })

  it('undo does not touch a field that someone else changed after me', () => {
    const [ana, ben] = twoPeopleWithACard()
    const history = new HistoryManager<TLRecord>({ store: ana.store })
    update(ana, (shape) => ({ ...shape, x: 400 }))
    exchange(ana, ben)
    update(ben, (shape) => ({ ...shape, x: 900 }))
    exchange(ana, ben)
    ana.binding.replay(() => history.undo())
    exchange(ana, ben)
    for (const person of [ana, ben]) expect(card(person)?.x).toBe(900)
  })
})

describe('loading a big board', () => {
  const indices: IndexKey[] = getIndices(500)
  const cardAt = (store: TLStore, n: number, y: number) =>
    store.schema.types.shape.create({
      id: `shape:idea-${n}` as TLShapeId,
      type: 'idea',
      parentId: 'page:page',
      index: indices[n + 1] as IndexKey,
      x: 0,
      y,
      props: { w: 240, h: 160, ideaId: `${n}` },
    } as TLShape)

  /** A board written by someone else: `near` cards at the top, `far` cards far below. */
  function bigBoard(near: number, far: number): Peer {
    const writer = peer()
    writer.binding.start()
    const cards = [...Array.from({ length: near }, (_, n) => cardAt(writer.store, n, 0)), ...Array.from({ length: far }, (_, n) => cardAt(writer.store, near + n, 50_000 + n * 200))]
    writer.store.put(cards)
    writer.store._flushHistory()
    return writer
  }

  const ideaCardsIn = (store: TLStore) => store.allRecords().filter((record) => record.typeName === 'shape').length
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

  it('shows the cards in view at once and brings in the rest a slice at a time, telling whoever waits once all are in', async () => {
    const writer = bigBoard(3, 400)
    const reader = peer()
    exchange(writer, reader)
    const binding = new CanvasBinding(reader.store, reader.board, { view: () => ({ x: 0, y: 0, w: 1000, h: 600 }) })
    let loaded = 0
    binding.whenLoaded(() => loaded++)
    binding.start()
    expect(ideaCardsIn(reader.store)).toBe(3)
    expect(loaded).toBe(0)
    await settle()
    expect(ideaCardsIn(reader.store)).toBeGreaterThan(3)
    expect(ideaCardsIn(reader.store)).toBeLessThan(403)
    for (let slice = 0; slice < 5; slice++) await settle()
    expect(ideaCardsIn(reader.store)).toBe(403)
    expect(loaded).toBe(1)
    binding.whenLoaded(() => loaded++)
    expect(loaded).toBe(2)
  })

  it('takes a change to a card still waiting to load, and a deletion of one, as they are', async () => {
    const writer = bigBoard(3, 400)
    const reader = peer()
    exchange(writer, reader)
    const binding = new CanvasBinding(reader.store, reader.board, { view: () => ({ x: 0, y: 0, w: 1000, h: 600 }) })
    binding.start()
    const last = 'shape:idea-402' as TLShapeId
    const gone = 'shape:idea-401' as TLShapeId
    writer.store.update(last, (record) => ({ ...record, x: 777 }))
    writer.store.remove([gone])
    writer.store._flushHistory()
    exchange(writer, reader)
    expect(reader.store.get(last)?.x).toBe(777)
    for (let slice = 0; slice < 5; slice++) await settle()
    expect(reader.store.get(last)?.x).toBe(777)
    expect(reader.store.has(gone)).toBe(false)
    expect(ideaCardsIn(reader.store)).toBe(402)
  })

  it('loads a board of a few cards all at once, wherever they are', () => {
    const writer = bigBoard(1, 20)
    const reader = peer()
    exchange(writer, reader)
    const binding = new CanvasBinding(reader.store, reader.board, { view: () => ({ x: 0, y: 0, w: 1000, h: 600 }) })
    binding.start()
    expect(ideaCardsIn(reader.store)).toBe(21)
  })
})
