import { describe, expect, it } from 'vitest'
import { PHASES, nextPhase, previousPhase } from './phases.ts'
import { DEFAULT_SESSION, type FacilitatorCommand, applyCommand, isVotingOpen, parseFacilitatorCommand, talliesVisible } from './session.ts'

const apply = (commands: FacilitatorCommand[], now = 0) => commands.reduce((state, command) => applyCommand(state, command, now), DEFAULT_SESSION)

describe('phases', () => {
  it('run from Welcome to Wrap-up', () => {
    expect(PHASES[0]).toBe('welcome')
    expect(nextPhase('welcome')).toBe('add-ideas')
    expect(nextPhase('wrap-up')).toBeNull()
    expect(previousPhase('welcome')).toBeNull()
    expect(previousPhase('vote')).toBe('group')
  })

  it('open voting only in the Vote phase', () => {
    expect(isVotingOpen(apply([{ type: 'set-phase', phase: 'vote' }]))).toBe(true)
    expect(isVotingOpen(apply([{ type: 'set-phase', phase: 'wrap-up' }]))).toBe(false)
  })
})

describe('private writing', () => {
  it('reveals on demand, and when it is turned off', () => {
    const on = apply([{ type: 'set-phase', phase: 'add-ideas' }, { type: 'set-private-writing', on: true }])
    expect(on.revealRound).toBe(0)
    expect(applyCommand(on, { type: 'reveal' }, 0).revealRound).toBe(1)
    const off = applyCommand(on, { type: 'set-private-writing', on: false }, 0)
    expect(off).toMatchObject({ privateWriting: false, revealRound: 1 })
  })

  it('reveals what is still private when the phase moves on', () => {
    const on = apply([{ type: 'set-phase', phase: 'add-ideas' }, { type: 'set-private-writing', on: true }])
    expect(applyCommand(on, { type: 'set-phase', phase: 'group' }, 0)).toMatchObject({ privateWriting: false, revealRound: 1 })
  })

  it('does not reveal again when nothing changes', () => {
    expect(applyCommand(DEFAULT_SESSION, { type: 'set-private-writing', on: false }, 0)).toBe(DEFAULT_SESSION)
  })
})

describe('tallies', () => {
  it('stay hidden while voting is open if the room asks, and appear when it closes', () => {
    const hidden = apply([
      { type: 'set-vote-settings', settings: { budget: 3, multiplePerIdea: false, hideTallies: true } },
      { type: 'set-phase', phase: 'vote' },
    ])
    expect(talliesVisible(hidden)).toBe(false)
    expect(talliesVisible(applyCommand(hidden, { type: 'set-phase', phase: 'wrap-up' }, 0))).toBe(true)
    expect(talliesVisible(apply([{ type: 'set-phase', phase: 'vote' }]))).toBe(true)
  })
})

describe('other commands', () => {
  it('hide and restore ideas without duplicates', () => {
    const hidden = apply([
      { type: 'hide-idea', ideaId: 'a', hidden: true },
      { type: 'hide-idea', ideaId: 'a', hidden: true },
      { type: 'hide-idea', ideaId: 'b', hidden: true },
    ])
    expect(hidden.hiddenIdeaIds).toEqual(['a', 'b'])
    expect(applyCommand(hidden, { type: 'hide-idea', ideaId: 'a', hidden: false }, 0).hiddenIdeaIds).toEqual(['b'])
  })

  it('bring everyone to a view once per request', () => {
    const view = { x: 1, y: 2, w: 300, h: 200 }
    const once = apply([{ type: 'bring-everyone', view }])
    expect(once).toMatchObject({ attentionRound: 1, attentionView: view })
    expect(applyCommand(once, { type: 'bring-everyone', view }, 0).attentionRound).toBe(2)
  })

  it('run the timer on the clock it is given', () => {
    const state = apply([{ type: 'timer', timer: { op: 'start', ms: 60_000 } }], 1_000)
    expect(state.timer).toEqual({ status: 'running', durationMs: 60_000, endsAt: 61_000 })
  })
})

describe('parseFacilitatorCommand', () => {
  it('reads every well-formed command', () => {
    const commands: unknown[] = [
      { type: 'set-phase', phase: 'vote' },
      { type: 'set-private-writing', on: true },
      { type: 'reveal' },
      { type: 'timer', timer: { op: 'start', ms: 1000 } },
      { type: 'timer', timer: { op: 'pause' } },
      { type: 'set-lock', locked: true },
      { type: 'bring-everyone', view: { x: 0, y: 0, w: 10, h: 10 } },
      { type: 'set-show-names', on: true },
      { type: 'set-vote-settings', settings: { budget: 3, multiplePerIdea: false, hideTallies: true } },
      { type: 'hide-idea', ideaId: 'a', hidden: true },
      { type: 'set-welcome-text', text: 'Hello' },
    ]
    for (const command of commands) expect(parseFacilitatorCommand(command)).toEqual({ ok: true, command })
  })

  it.each([
    null,
    'set-phase',
    { type: 'make-me-boss' },
    { type: 'set-phase', phase: 'party' },
    { type: 'set-lock', locked: 'yes' },
    { type: 'timer', timer: { op: 'start', ms: -1 } },
    { type: 'timer', timer: { op: 'rewind' } },
    { type: 'bring-everyone', view: { x: 0, y: 0, w: 0, h: 10 } },
    { type: 'hide-idea', ideaId: '', hidden: true },
    { type: 'set-welcome-text', text: 'x'.repeat(601) },
  ])('refuses %j with a reason', (body) => {
    const result = parseFacilitatorCommand(body)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5)
  })
})
