import { describe, expect, it } from 'vitest'
import { COLOURS, PICTURES, parseParticipant, suggestIdentity } from './identity.ts'

describe('suggestIdentity', () => {
  it('offers a friendly name with a colour and picture from the lists', () => {
    for (const seed of [0, 0.3, 0.6, 0.99]) {
      const identity = suggestIdentity(() => seed)
      expect(identity.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
      expect(COLOURS.map((c) => c.id)).toContain(identity.colour)
      expect(PICTURES.map((p) => p.emoji)).toContain(identity.picture)
    }
  })

  it('has no notion of a role', () => {
    expect(Object.keys(suggestIdentity()).sort()).toEqual(['colour', 'name', 'picture'])
  })
})

describe('parseParticipant', () => {
  it('drops anything beyond name, colour and picture', () => {
    const parsed = parseParticipant({ id: 'x', name: 'Sam', colour: 'blue', picture: '🦉', role: 'staff' })
    expect(parsed).toEqual({ id: 'x', name: 'Sam', colour: 'blue', picture: '🦉' })
  })

  it.each([null, 'Sam', { id: 'x', name: 'Sam', colour: 'blue' }, { id: 'x', name: 3, colour: 'blue', picture: '🦉' }])(
    'rejects %j',
    (value) => expect(parseParticipant(value)).toBeNull(),
  )
})
