// The list view's order: a group for each theme, in the themes' own order, then the ideas in
// no theme. Oldest first inside each group, so a new idea goes at the end and nothing moves
// under the keyboard.
import type { Idea, Theme } from '@roundtable/shared'

export interface ThemeGroup<T extends Theme> {
  theme: T
  ideas: Idea[]
}

export interface IdeaGroups<T extends Theme> {
  themed: ThemeGroup<T>[]
  /** Ideas in no theme, or in a theme that no longer exists. */
  unthemed: Idea[]
}

export function groupIdeas<T extends Theme>(themes: readonly T[], ideas: readonly Idea[]): IdeaGroups<T> {
  const byTheme = new Map<string, Idea[]>(themes.map((theme) => [theme.id, []]))
  const unthemed: Idea[] = []
  for (const idea of [...ideas].sort(oldestFirst)) {
    const group = idea.themeId === null ? undefined : byTheme.get(idea.themeId)
    if (group) group.push(idea)
    else unthemed.push(idea)
  }
  return { themed: themes.map((theme) => ({ theme, ideas: byTheme.get(theme.id) ?? [] })), unthemed }
}

/** The board's own order (see Board.ideas): ideas revealed together share a time, so the id settles ties the same way everywhere. */
function oldestFirst(a: Idea, b: Idea): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
