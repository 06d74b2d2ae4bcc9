import { describe, expect, it } from 'vitest'
import { parseRoute, roomPath } from './route.ts'

const id = 'AbCdEfGhIjKlMnOpQrSt_-'

describe('routes', () => {
  it('finds home, a room and unknown places', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' })
    expect(parseRoute('')).toEqual({ page: 'home' })
    expect(parseRoute(`/r/${id}`)).toEqual({ page: 'room', roomId: id })
    expect(parseRoute(`/r/${id}/`)).toEqual({ page: 'room', roomId: id })
    expect(parseRoute('/about')).toEqual({ page: 'not-found' })
  })

  it('treats a malformed room id as a room that does not exist', () => {
    expect(parseRoute('/r/nope')).toEqual({ page: 'room-missing' })
  })

  it('makes room paths', () => {
    expect(parseRoute(roomPath(id))).toEqual({ page: 'room', roomId: id })
  })
})
