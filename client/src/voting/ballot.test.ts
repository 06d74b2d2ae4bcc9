import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { EMPTY_BALLOT, dotsLeftText, offersVote, voteRefusal, votesText } from './ballot.ts'

const ballot = { dots: new Map([['a', 1]]), dotsLeft: 2 }
const english = translatorFor('en')

describe('ballot', () => {
  it('says how many dots are left out of the budget', () => {
    expect(dotsLeftText(ballot, 3, english)).toBe('Dots left: 2 of 3')
    expect(dotsLeftText(EMPTY_BALLOT, 3, english)).toBe('Dots left: 3 of 3')
    expect(dotsLeftText({ dots: new Map([['a', 2], ['b', 1]]), dotsLeft: 0 }, 3, english)).toBe('Dots left: 0 of 3')
  })

  it('counts against the budget the room has now, which may have changed', () => {
    expect(dotsLeftText(ballot, 2, english)).toBe('Dots left: 1 of 2')
    expect(dotsLeftText({ dots: new Map([['a', 3]]), dotsLeft: 0 }, 2, english)).toBe('Dots left: 0 of 2')
  })

  it('offers a second dot on an idea only when the room allows it', () => {
    expect(offersVote(ballot, 'a', false)).toBe(false)
    expect(offersVote(ballot, 'a', true)).toBe(true)
    expect(offersVote(ballot, 'b', false)).toBe(true)
  })

  it('explains each refusal in plain words', () => {
    expect(voteRefusal('budget-spent', 409, english)).toMatch(/used all your dots/)
    expect(voteRefusal('already-voted', 409, english)).toMatch(/already have a dot/)
    expect(voteRefusal('voting-closed', 409, english)).toBe('Voting is closed.')
    expect(voteRefusal(null, 404, english)).toBe('That idea is no longer on the board.')
    expect(voteRefusal(null, null, english)).toMatch(/did not reach the server/)
  })

  it('counts votes in words', () => {
    expect(votesText(1, english)).toBe('1 vote')
    expect(votesText(0, english)).toBe('0 votes')
  })

  it('counts votes by Polish and Arabic plural rules', () => {
    const polish = translatorFor('pl')
    expect([1, 2, 5, 12, 22].map((n) => votesText(n, polish))).toEqual(['1 głos', '2 głosy', '5 głosów', '12 głosów', '22 głosy'])
    const arabic = translatorFor('ar')
    expect(votesText(1, arabic)).toBe('صوت واحد')
    expect(votesText(2, arabic)).toBe('صوتان')
  })
})
