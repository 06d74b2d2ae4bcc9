// A workshop's outcome as plain data: its themes in order, each with its ideas and votes.
// Every export (CSV, Markdown, easy read) is made from this one value, so they agree.
import { Board, type Idea } from '../board/Board.ts'
import { Themes } from '../board/themes.ts'

export interface OutcomeIdea {
  id: string
  text: string
  /** The author's picture, shown beside the idea. */
  picture: string
  /** The theme's name, or null for an idea in no theme. */
  themeName: string | null
  votes: number
  /** ISO 8601, in UTC; empty when the stored time is not a real date. */
  createdAt: string
  /** The author's name; present only when the room shows names. Null when the author has left no name. */
  author?: string | null
}

export interface OutcomeTheme {
  /** Null for the ideas in no theme, which always come last. */
  id: string | null
  name: string
  /** The sum of its ideas' votes. */
  votes: number
  /** Oldest first, as on the board. */
  ideas: OutcomeIdea[]
}

export interface Outcome {
  title: string
  question: string
  showNames: boolean
  /** Themes in their board order, then "No theme" when any idea has none. */
  themes: OutcomeTheme[]
}

export interface OutcomeInput {
  tallies: ReadonlyMap<string, number>
  showNames: boolean
  hiddenIdeaIds: readonly string[]
  title: string
  question: string
}

export const NO_THEME = 'No theme'

/** Reads the outcome from a board. Hidden ideas are left out, and count towards no theme's votes. */
export function collectOutcome(board: Board, input: OutcomeInput): Outcome {
  const hidden = new Set(input.hiddenIdeaIds)
  const themeList = new Themes(board).list()
  const byTheme = new Map<string | null, OutcomeIdea[]>([[null, []]])
  for (const theme of themeList) byTheme.set(theme.id, [])
  const names = new Map(themeList.map((theme) => [theme.id, theme.name]))
  for (const idea of board.ideas()) {
    if (hidden.has(idea.id)) continue
    // An idea whose theme was deleted by someone else meanwhile counts as unthemed.
    const themeId = idea.themeId !== null && names.has(idea.themeId) ? idea.themeId : null
    const themeName = themeId === null ? null : (names.get(themeId) ?? null)
    byTheme.get(themeId)?.push(outcomeIdea(board, idea, themeName, input))
  }
  const themes: OutcomeTheme[] = themeList.map((theme) => group(theme.id, theme.name, byTheme.get(theme.id) ?? []))
  const unthemed = byTheme.get(null) ?? []
  if (unthemed.length > 0) themes.push(group(null, NO_THEME, unthemed))
  return { title: input.title, question: input.question, showNames: input.showNames, themes }
}

function outcomeIdea(board: Board, idea: Idea, themeName: string | null, input: OutcomeInput): OutcomeIdea {
  const votes = input.tallies.get(idea.id) ?? 0
  const entry: OutcomeIdea = {
    id: idea.id,
    text: idea.text,
    picture: idea.picture,
    themeName,
    votes: Number.isInteger(votes) && votes > 0 ? votes : 0,
    createdAt: isoTime(idea.createdAt),
  }
  if (input.showNames) entry.author = board.participant(idea.authorId)?.name ?? null
  return entry
}

/** Any client can write a createdAt; one out of Date's range must not break the export. */
function isoTime(ms: number): string {
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString()
}

function group(id: string | null, name: string, ideas: OutcomeIdea[]): OutcomeTheme {
  return { id, name, votes: ideas.reduce((sum, idea) => sum + idea.votes, 0), ideas }
}

/**
 * The themes most voted first, ties kept in board order, "No theme" last; within each, its
 * ideas most voted first, ties oldest first. The order results are read in.
 */
export function themesByVotes(outcome: Outcome): OutcomeTheme[] {
  const themed = outcome.themes.filter((theme) => theme.id !== null)
  const unthemed = outcome.themes.filter((theme) => theme.id === null)
  // Array.prototype.sort is stable, so equal votes keep the order they had.
  return [...themed.sort((a, b) => b.votes - a.votes), ...unthemed].map((theme) => ({
    ...theme,
    ideas: [...theme.ideas].sort((a, b) => b.votes - a.votes),
  }))
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
