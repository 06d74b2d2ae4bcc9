// The facilitation state of a room (phase, private writing, timer, lock, voting, names)
// and the commands that change it. Only the server applies commands, on a facilitator's
// authenticated request; clients read the result from a document they cannot write.
import { type Phase, isPhase } from './phases.ts'
import { IDLE_TIMER, MAX_TIMER_MS, type TimerState, extendTimer, pauseTimer, resumeTimer, startTimer } from './timer.ts'
import { DEFAULT_VOTE_SETTINGS, type VoteSettings, parseVoteSettings } from './votes.ts'

/** A view everyone is brought to once: a rectangle in page coordinates. */
export interface SharedView {
  x: number
  y: number
  w: number
  h: number
}

export interface SessionState {
  phase: Phase
  /** New ideas stay in each person's browser until the next reveal. */
  privateWriting: boolean
  /** Goes up by one at each reveal; a browser publishes its drafts when it sees a round it has not published for. */
  revealRound: number
  timer: TimerState
  locked: boolean
  showNames: boolean
  voteSettings: VoteSettings
  /** Goes up by one each time a facilitator brings everyone to their view. */
  attentionRound: number
  attentionView: SharedView | null
  /** Ideas a facilitator has hidden from the board. */
  hiddenIdeaIds: string[]
  /** The opening voice shown first at Welcome: text, and ids of an uploaded picture or audio clip. */
  welcome: { text: string; pictureId: string | null; audioId: string | null }
}

export const DEFAULT_SESSION: SessionState = {
  phase: 'welcome',
  privateWriting: false,
  revealRound: 0,
  timer: IDLE_TIMER,
  locked: false,
  showNames: false,
  voteSettings: DEFAULT_VOTE_SETTINGS,
  attentionRound: 0,
  attentionView: null,
  hiddenIdeaIds: [],
  welcome: { text: '', pictureId: null, audioId: null },
}

export const MAX_WELCOME_TEXT = 600

export type TimerCommand =
  | { op: 'start'; ms: number }
  | { op: 'pause' }
  | { op: 'resume' }
  | { op: 'extend'; ms: number }
  | { op: 'clear' }

export type FacilitatorCommand =
  | { type: 'set-phase'; phase: Phase }
  | { type: 'set-private-writing'; on: boolean }
  | { type: 'reveal' }
  | { type: 'timer'; timer: TimerCommand }
  | { type: 'set-lock'; locked: boolean }
  | { type: 'bring-everyone'; view: SharedView }
  | { type: 'set-show-names'; on: boolean }
  | { type: 'set-vote-settings'; settings: VoteSettings }
  | { type: 'hide-idea'; ideaId: string; hidden: boolean }
  | { type: 'set-welcome-text'; text: string }

/** Voting is open exactly while the room is in the Vote phase. */
export function isVotingOpen(session: SessionState): boolean {
  return session.phase === 'vote'
}

/** Tallies are public unless hidden, and hidden ones appear once voting closes. */
export function talliesVisible(session: SessionState): boolean {
  return !session.voteSettings.hideTallies || !isVotingOpen(session)
}

export function applyCommand(session: SessionState, command: FacilitatorCommand, now: number): SessionState {
  switch (command.type) {
    case 'set-phase': {
      // Leaving Add ideas ends private writing: whatever is still private is revealed.
      const leavingPrivate = session.privateWriting && command.phase !== 'add-ideas'
      return {
        ...session,
        phase: command.phase,
        privateWriting: leavingPrivate ? false : session.privateWriting,
        revealRound: leavingPrivate ? session.revealRound + 1 : session.revealRound,
      }
    }
    case 'set-private-writing':
      if (command.on === session.privateWriting) return session
      // Turning it off reveals what was written privately so far.
      return command.on
        ? { ...session, privateWriting: true }
        : { ...session, privateWriting: false, revealRound: session.revealRound + 1 }
    case 'reveal':
      return { ...session, revealRound: session.revealRound + 1 }
    case 'timer':
      return { ...session, timer: applyTimer(session.timer, command.timer, now) }
    case 'set-lock':
      return { ...session, locked: command.locked }
    case 'bring-everyone':
      return { ...session, attentionRound: session.attentionRound + 1, attentionView: command.view }
    case 'set-show-names':
      return { ...session, showNames: command.on }
    case 'set-vote-settings':
      return { ...session, voteSettings: command.settings }
    case 'hide-idea': {
      const others = session.hiddenIdeaIds.filter((id) => id !== command.ideaId)
      return { ...session, hiddenIdeaIds: command.hidden ? [...others, command.ideaId] : others }
    }
    case 'set-welcome-text':
      return { ...session, welcome: { ...session.welcome, text: command.text } }
  }
}

function applyTimer(timer: TimerState, command: TimerCommand, now: number): TimerState {
  switch (command.op) {
    case 'start':
      return startTimer(command.ms, now)
    case 'pause':
      return pauseTimer(timer, now)
    case 'resume':
      return resumeTimer(timer, now)
    case 'extend':
      return extendTimer(timer, command.ms, now)
    case 'clear':
      return IDLE_TIMER
  }
}

export type CommandParse = { ok: true; command: FacilitatorCommand } | { ok: false; error: string }

const fail = (error: string): CommandParse => ({ ok: false, error })
const isBool = (value: unknown): value is boolean => typeof value === 'boolean'
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Parses a command from an untrusted request body. */
export function parseFacilitatorCommand(body: unknown): CommandParse {
  if (typeof body !== 'object' || body === null) return fail('the request must be a JSON object')
  const value = body as Record<string, unknown>
  switch (value['type']) {
    case 'set-phase':
      return isPhase(value['phase']) ? { ok: true, command: { type: 'set-phase', phase: value['phase'] } } : fail('unknown phase')
    case 'set-private-writing':
      return isBool(value['on']) ? { ok: true, command: { type: 'set-private-writing', on: value['on'] } } : fail('"on" must be true or false')
    case 'reveal':
      return { ok: true, command: { type: 'reveal' } }
    case 'timer':
      return parseTimerCommand(value['timer'])
    case 'set-lock':
      return isBool(value['locked']) ? { ok: true, command: { type: 'set-lock', locked: value['locked'] } } : fail('"locked" must be true or false')
    case 'bring-everyone':
      return parseView(value['view'])
    case 'set-show-names':
      return isBool(value['on']) ? { ok: true, command: { type: 'set-show-names', on: value['on'] } } : fail('"on" must be true or false')
    case 'set-vote-settings': {
      const settings = parseVoteSettings(value['settings'])
      return typeof settings === 'string' ? fail(settings) : { ok: true, command: { type: 'set-vote-settings', settings } }
    }
    case 'hide-idea': {
      const { ideaId, hidden } = value
      if (typeof ideaId !== 'string' || ideaId.length === 0 || ideaId.length > 64) return fail('"ideaId" must name an idea')
      return isBool(hidden) ? { ok: true, command: { type: 'hide-idea', ideaId, hidden } } : fail('"hidden" must be true or false')
    }
    case 'set-welcome-text': {
      const text = value['text']
      if (typeof text !== 'string' || text.length > MAX_WELCOME_TEXT) return fail(`"text" must be text of at most ${MAX_WELCOME_TEXT} characters`)
      return { ok: true, command: { type: 'set-welcome-text', text: text.trim() } }
    }
    default:
      return fail('unknown command type')
  }
}

function parseTimerCommand(value: unknown): CommandParse {
  if (typeof value !== 'object' || value === null) return fail('"timer" must be an object')
  const { op, ms } = value as Record<string, unknown>
  if (op === 'pause' || op === 'resume' || op === 'clear') return { ok: true, command: { type: 'timer', timer: { op } } }
  if (op !== 'start' && op !== 'extend') return fail('unknown timer operation')
  if (!isFiniteNumber(ms) || ms <= 0 || ms > MAX_TIMER_MS) return fail(`"ms" must be a duration up to ${MAX_TIMER_MS} ms`)
  return { ok: true, command: { type: 'timer', timer: { op, ms } } }
}

function parseView(value: unknown): CommandParse {
  if (typeof value !== 'object' || value === null) return fail('"view" must be an object')
  const { x, y, w, h } = value as Record<string, unknown>
  if (![x, y, w, h].every(isFiniteNumber) || (w as number) <= 0 || (h as number) <= 0) return fail('"view" needs x, y and a positive w and h')
  return { ok: true, command: { type: 'bring-everyone', view: { x: x as number, y: y as number, w: w as number, h: h as number } } }
}
