// A person's private ideas, kept in this browser only (per room and person) until a
// reveal, and the rule for which of them to publish when the reveal round goes up.
import { randomId } from '@roundtable/shared'
import { type KeyValueStore, parseJson } from '../room/browserStorage.ts'

export interface PrivateIdea {
  id: string
  text: string
  /** The reveal round this idea was written in: it is published once the room's round is past it. */
  round: number
}

export interface PrivateIdeas {
  ideas: PrivateIdea[]
  /** The reveal round this browser last published for, or null before it has seen any. */
  publishedRound: number | null
}

export const NO_PRIVATE_IDEAS: PrivateIdeas = { ideas: [], publishedRound: null }

export function privateIdeasKey(roomId: string, participantId: string): string {
  return `roundtable:${roomId}:${participantId}:private-ideas`
}

export function readPrivateIdeas(storage: KeyValueStore, key: string): PrivateIdeas {
  const value = parseJson(storage.getItem(key))
  if (typeof value !== 'object' || value === null) return NO_PRIVATE_IDEAS
  const { ideas, publishedRound } = value as Record<string, unknown>
  const isRound = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0
  const kept = Array.isArray(ideas)
    ? ideas.flatMap((idea: unknown) => {
        if (typeof idea !== 'object' || idea === null) return []
        const { id, text, round } = idea as Record<string, unknown>
        return typeof id === 'string' && typeof text === 'string' && isRound(round) ? [{ id, text, round }] : []
      })
    : []
  return { ideas: kept, publishedRound: isRound(publishedRound) ? publishedRound : null }
}

export function writePrivateIdeas(storage: KeyValueStore, key: string, state: PrivateIdeas): void {
  if (state.ideas.length === 0 && state.publishedRound === null) storage.removeItem(key)
  else storage.setItem(key, JSON.stringify(state))
}

export function addPrivateIdea(state: PrivateIdeas, text: string, round: number, id: string = randomId()): PrivateIdeas {
  const clean = text.trim()
  if (clean === '') return state
  return { ...state, ideas: [...state.ideas, { id, text: clean, round }] }
}

export function editPrivateIdea(state: PrivateIdeas, id: string, text: string): PrivateIdeas {
  const clean = text.trim()
  if (clean === '') return deletePrivateIdea(state, id)
  return { ...state, ideas: state.ideas.map((idea) => (idea.id === id ? { ...idea, text: clean } : idea)) }
}

export function deletePrivateIdea(state: PrivateIdeas, id: string): PrivateIdeas {
  return { ...state, ideas: state.ideas.filter((idea) => idea.id !== id) }
}

export interface RevealPlan {
  /** Ideas to put on the board now. */
  publish: PrivateIdea[]
  /** What to keep afterwards. */
  next: PrivateIdeas
}

/**
 * What to do on seeing the room's reveal round: publish every idea written before it and
 * record the round. Null when there is nothing to do. A first-time joiner with nothing
 * written just records the round, so an old reveal never publishes their later ideas.
 */
export function revealPlan(state: PrivateIdeas, revealRound: number): RevealPlan | null {
  const publish = state.ideas.filter((idea) => idea.round < revealRound)
  const behind = state.publishedRound === null || state.publishedRound < revealRound
  if (publish.length === 0 && !behind) return null
  return {
    publish,
    next: {
      ideas: state.ideas.filter((idea) => idea.round >= revealRound),
      publishedRound: Math.max(revealRound, state.publishedRound ?? 0),
    },
  }
}
