import { describe, expect, it } from 'vitest'
import { HttpError } from '../HttpError.ts'
import { RoomTokenRefusal, roomCreateTokenCheck } from './roomCreateToken.ts'

function refusal(check: () => void): HttpError {
  try {
    check()
  } catch (error) {
    if (error instanceof HttpError) return error
    throw error
  }
  throw new Error('the request was let through')
}

describe('roomCreateTokenCheck', () => {
  it('lets every request through when the organisation set no token', () => {
    const check = roomCreateTokenCheck(null)
    expect(() => check(undefined)).not.toThrow()
    expect(() => check('Bearer anything')).not.toThrow()
  })

  it('lets a request with the token through', () => {
    const check = roomCreateTokenCheck('s3cret-Token')
    expect(() => check('Bearer s3cret-Token')).not.toThrow()
    expect(() => check('bearer   s3cret-Token ')).not.toThrow()
  })

  it('asks for the token with a 401 when a request carries none', () => {
    const check = roomCreateTokenCheck('s3cret-Token')
    for (const header of [undefined, '', 'Basic czNjcmV0', 'Bearer']) {
      const error = refusal(() => check(header))
      expect(error.status).toBe(401)
      expect(error.reason).toBe(RoomTokenRefusal.required)
      expect(error.message).toMatch(/room token/)
      expect(error.headers['WWW-Authenticate']).toMatch(/^Bearer /)
    }
  })

  it('refuses a wrong token with a 401 that says so, and never repeats the token', () => {
    const check = roomCreateTokenCheck('s3cret-Token')
    for (const wrong of ['s3cret-token', 's3cret-Token2', 's3cret', 'x'.repeat(10_000)]) {
      const error = refusal(() => check(`Bearer ${wrong}`))
      expect(error.status).toBe(401)
      expect(error.reason).toBe(RoomTokenRefusal.wrong)
      expect(error.message).not.toContain('s3cret')
    }
  })
})
