import { describe, expect, it } from 'vitest'
import { DEFAULT_VOTE_SETTINGS, checkUnvote, checkVote, parseVoteSettings, rankByVotes } from './votes.ts'

const ballot = (entries: [string, number][]) => new Map(entries)

describe('checkVote', () => {
  it('gives everyone the same budget', () => {
    const settings = { ...DEFAULT_VOTE_SETTINGS, budget: 2 }
    expect(checkVote(settings, true, ballot([]), 'a')).toEqual({ ok: true })
    expect(checkVote(settings, true, ballot([['a', 1]]), 'b')).toEqual({ ok: true })
    expect(checkVote(settings, true, ballot([['a', 1], ['b', 1]]), 'c')).toEqual({ ok: false, reason: 'budget-spent' })
  })

  it('allows one dot per idea unless the room allows more', () => {
    expect(checkVote(DEFAULT_VOTE_SETTINGS, true, ballot([['a', 1]]), 'a')).toEqual({ ok: false, reason: 'already-voted' })
    expect(checkVote({ ...DEFAULT_VOTE_SETTINGS, multiplePerIdea: true }, true, ballot([['a', 2]]), 'a')).toEqual({ ok: true })
  })

  it('refuses votes and take-backs while voting is closed', () => {
    expect(checkVote(DEFAULT_VOTE_SETTINGS, false, ballot([]), 'a')).toEqual({ ok: false, reason: 'voting-closed' })
    expect(checkUnvote(false, ballot([['a', 1]]), 'a')).toEqual({ ok: false, reason: 'voting-closed' })
  })

  it('takes back only a vote that was given', () => {
    expect(checkUnvote(true, ballot([['a', 1]]), 'a')).toEqual({ ok: true })
    expect(checkUnvote(true, ballot([['a', 1]]), 'b')).toEqual({ ok: false, reason: 'no-vote-to-take-back' })
  })
})

describe('rankByVotes', () => {
  it('ranks by votes and shows ties as ties', () => {
    const tallies = new Map([['a', 3], ['b', 5], ['c', 3], ['d', 1]])
    expect(rankByVotes(['a', 'b', 'c', 'd', 'e'], tallies)).toEqual([
      { rank: 1, votes: 5, ideaIds: ['b'], tied: false },
      { rank: 2, votes: 3, ideaIds: ['a', 'c'], tied: true },
      { rank: 4, votes: 1, ideaIds: ['d'], tied: false },
      { rank: 5, votes: 0, ideaIds: ['e'], tied: false },
    ])
  })

  it('puts everyone joint first when nobody voted', () => {
    expect(rankByVotes(['a', 'b'], new Map())).toEqual([{ rank: 1, votes: 0, ideaIds: ['a', 'b'], tied: true }])
  })
})

describe('parseVoteSettings', () => {
  it('accepts sensible settings and explains the rest', () => {
    expect(parseVoteSettings({ budget: 5, multiplePerIdea: true, hideTallies: false })).toEqual({ budget: 5, multiplePerIdea: true, hideTallies: false })
    expect(parseVoteSettings({ budget: 0, multiplePerIdea: true, hideTallies: false })).toMatch(/budget/)
    expect(parseVoteSettings({ budget: 2.5, multiplePerIdea: true, hideTallies: false })).toMatch(/budget/)
    expect(parseVoteSettings({ budget: 3, multiplePerIdea: 'yes', hideTallies: false })).toMatch(/true or false/)
    expect(parseVoteSettings(null)).toMatch(/object/)
  })
})
