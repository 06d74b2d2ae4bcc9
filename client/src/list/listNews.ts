// What the list view's live region should say: someone else's new idea ("New idea: …", or
// "3 new ideas" when several arrive together) and a change of phase. Nothing that was there
// on load, nothing of your own. Pure: the caller brings the time and keeps the watch.
import type { Idea, Phase } from '@roundtable/shared'

export type ListNews = { kind: 'idea'; text: string } | { kind: 'ideas'; count: number } | { kind: 'phase'; phase: Phase }

/**
 * How long an idea's words must stay the same before it is announced. A card on the canvas
 * starts empty and fills as its author types, letter by letter; its words settle when they stop.
 */
export const SETTLE_MS = 1500

export interface NewsWatch {
  /** Ideas already accounted for: there on load, announced, or this person's own. Null before the first look. */
  known: ReadonlySet<string> | null
  /** Someone else's new ideas whose words may still change: their words, and when they last changed. */
  waiting: ReadonlyMap<string, { text: string; since: number }>
  /** The phase last seen, or null before the session has loaded. */
  phase: Phase | null
}

export const FIRST_LOOK: NewsWatch = { known: null, waiting: new Map(), phase: null }

export interface BoardNow {
  /** The ideas this person can see. */
  ideas: readonly Idea[]
  /** Null until the session has loaded. */
  phase: Phase | null
  selfId: string
  now: number
}

export interface NewsLook {
  watch: NewsWatch
  news: ListNews[]
  /** Milliseconds until a waiting idea's words will have settled, or null when none is waiting. */
  lookAgainIn: number | null
}

export function lookForNews(watch: NewsWatch, board: BoardNow): NewsLook {
  const news: ListNews[] = []
  if (board.phase !== null && watch.phase !== null && board.phase !== watch.phase) news.push({ kind: 'phase', phase: board.phase })
  const phase = board.phase ?? watch.phase

  if (watch.known === null) return { watch: { known: new Set(board.ideas.map((idea) => idea.id)), waiting: new Map(), phase }, news, lookAgainIn: null }

  const known = new Set(watch.known)
  const waiting = new Map<string, { text: string; since: number }>()
  const settled: Idea[] = []
  for (const idea of board.ideas) {
    if (known.has(idea.id)) continue
    if (idea.authorId === board.selfId) {
      known.add(idea.id)
      continue
    }
    const text = idea.text.trim()
    if (text === '') continue
    const before = watch.waiting.get(idea.id)
    const since = before && before.text === text ? before.since : board.now
    if (board.now - since >= SETTLE_MS) {
      known.add(idea.id)
      settled.push(idea)
    } else waiting.set(idea.id, { text, since })
  }
  // Ideas withdrawn or hidden while they were waiting drop out of `waiting` by not being seen again.

  if (settled.length === 1 && settled[0]) news.push({ kind: 'idea', text: settled[0].text.trim() })
  else if (settled.length > 1) news.push({ kind: 'ideas', count: settled.length })

  const soonest = Math.min(...[...waiting.values()].map((entry) => entry.since + SETTLE_MS - board.now))
  return { watch: { known, waiting, phase }, news, lookAgainIn: waiting.size > 0 ? Math.max(0, soonest) : null }
}
