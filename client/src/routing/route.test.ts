import { describe, expect, it } from 'vitest'
import { easyReadPath, parseRoute, roomPath } from './route.ts'

const id = 'AbCdEfGhIjKlMnOpQrSt_-'

describe('routes', () => {
  it('finds home, a room and unknown places', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' })
    expect(parseRoute('')).toEqual({ page: 'home' })
    expect(parseRoute(`/r/${id}`)).toEqual({ page: 'room', roomId: id, view: 'join' })
    expect(parseRoute(`/r/${id}/`)).toEqual({ page: 'room', roomId: id, view: 'join' })
    expect(parseRoute('/about')).toEqual({ page: 'not-found' })
  })

  it('treats a malformed room id as a room that does not exist', () => {
    expect(parseRoute('/r/nope')).toEqual({ page: 'room-missing' })
    expect(parseRoute('/r/nope/list')).toEqual({ page: 'room-missing' })
  })

  it('makes room paths for every view, and reads them back', () => {
    expect(roomPath(id)).toBe(`/r/${id}`)
    for (const view of ['join', 'canvas', 'list', 'phone', 'present'] as const) {
      expect(parseRoute(roomPath(id, view))).toEqual({ page: 'room', roomId: id, view })
    }
  })

  it('finds a room’s easy-read summary, and nothing at other names', () => {
    expect(parseRoute(easyReadPath(id))).toEqual({ page: 'easy-read', roomId: id })
    expect(parseRoute('/r/nope/easy-read')).toEqual({ page: 'room-missing' })
    expect(parseRoute(`/r/${id}/other`)).toEqual({ page: 'not-found' })
    expect(parseRoute(`/r/${id}/join`)).toEqual({ page: 'not-found' })
  })
})
