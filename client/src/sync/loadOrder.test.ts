import { describe, expect, it } from 'vitest'
import { type RawRecord, VIEW_MARGIN, loadOrder } from './loadOrder.ts'

const VIEW = { x: 0, y: 0, w: 1000, h: 600 }

function card(id: string, x: number, y: number, parentId = 'page:page'): [string, RawRecord] {
  return [id, { id, typeName: 'shape', type: 'idea', parentId, x, y, props: { w: 240, h: 160, ideaId: id } }]
}

function board(...records: Array<[string, RawRecord]>): Map<string, RawRecord> {
  return new Map<string, RawRecord>([
    ['document:document', { id: 'document:document', typeName: 'document' }],
    ['page:page', { id: 'page:page', typeName: 'page' }],
    ...records,
  ])
}

describe('the order a big board loads in', () => {
  it('loads the page, frames and the cards in view first, and the cards far away later', () => {
    const records = board(
      card('shape:idea-here', 100, 100),
      card('shape:idea-far', 0, 600 + VIEW_MARGIN + 500),
      ['shape:theme-t', { id: 'shape:theme-t', typeName: 'shape', type: 'frame', parentId: 'page:page', x: 9000, y: 9000, props: { w: 500, h: 300 } }],
    )
    expect(loadOrder(records, VIEW, 'idea')).toEqual({
      first: ['document:document', 'page:page', 'shape:idea-here', 'shape:theme-t'],
      later: ['shape:idea-far'],
    })
  })

  it('counts cards just outside the view as in view, so "Add an idea" sees them when it looks for a free spot', () => {
    const records = board(card('shape:idea-beside', VIEW.w + VIEW_MARGIN - 10, 0))
    expect(loadOrder(records, VIEW, 'idea').later).toEqual([])
  })

  it('loads the cards away from the view nearest first, and bindings after every card', () => {
    const records = board(
      card('shape:idea-farthest', 0, 20_000),
      ['binding:b', { id: 'binding:b', typeName: 'binding' }],
      card('shape:idea-far', 0, 5_000),
      card('shape:idea-left', -8_000, 0),
    )
    expect(loadOrder(records, VIEW, 'idea').later).toEqual(['shape:idea-far', 'shape:idea-left', 'shape:idea-farthest', 'binding:b'])
  })

  it('places a card in a frame by the frame’s place on the page', () => {
    const records = board(
      ['shape:theme-t', { id: 'shape:theme-t', typeName: 'shape', type: 'frame', parentId: 'page:page', x: 30_000, y: 0, props: { w: 500, h: 300 } }],
      card('shape:idea-in-far-frame', 10, 10, 'shape:theme-t'),
      card('shape:idea-near-frame-origin', 10, 10),
    )
    const order = loadOrder(records, VIEW, 'idea')
    expect(order.later).toEqual(['shape:idea-in-far-frame'])
    expect(order.first).toContain('shape:idea-near-frame-origin')
  })
})
