import { describe, expect, it } from 'vitest'
import { parsePresence, peopleHere } from './presence.ts'

const ana = { id: 'ana-id', name: 'Ana', colour: 'teal', picture: '🦦' }
const ben = { id: 'ben-id', name: 'Ben', colour: 'blue', picture: '🦊' }
const cal = { id: 'cal-id', name: 'Cal', colour: 'green', picture: '🐝' }

describe('presence', () => {
  it('lists each person once, you first, then the others by name', () => {
    const states: Array<[number, unknown]> = [
      [1, { participant: cal }],
      [2, { participant: ana }],
      [3, { participant: ben }],
      [4, { participant: cal, cursor: { x: 1, y: 2 } }], // Cal's second tab
    ]
    expect(peopleHere(states, 'ben-id').map((p) => `${p.participant.name}${p.isYou ? ' (you)' : ''}`)).toEqual([
      'Ben (you)',
      'Ana',
      'Cal',
    ])
  })

  it('ignores states that are not a participant', () => {
    const states: Array<[number, unknown]> = [
      [1, null],
      [2, { participant: { ...ana, colour: 'chartreuse' } }],
      [3, { participant: { ...ben, name: '   ' } }],
      [4, 'hello'],
    ]
    expect(peopleHere(states, 'x')).toEqual([])
  })

  it('accepts a cursor only when it is two finite numbers', () => {
    expect(parsePresence({ participant: ana, cursor: { x: 1, y: 2 }, pageId: 'page:page' })).toEqual({
      participant: ana,
      cursor: { x: 1, y: 2 },
      pageId: 'page:page',
      view: null,
    })
    expect(parsePresence({ participant: ana, cursor: { x: 'a', y: 2 }, pageId: 'camera:x' })).toEqual({
      participant: ana,
      cursor: null,
      pageId: null,
      view: null,
    })
  })

  it('accepts a shared view only with a positive zoom and screen size', () => {
    const view = { camera: { x: -10, y: 5, z: 0.5 }, screen: { w: 800, h: 600 } }
    expect(parsePresence({ participant: ana, view })?.view).toEqual(view)
    expect(parsePresence({ participant: ana, view: { ...view, camera: { x: 0, y: 0, z: 0 } } })?.view).toBeNull()
  })
})
