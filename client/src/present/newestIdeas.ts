// Which ideas the wall screen shows: the newest few the room can see, newest first. Ideas a
// facilitator hid never appear, and nor do cards nobody has written on yet.
import type { Idea } from '@roundtable/shared'

/** About as many as stay readable from the back of a room on one screen. */
export const IDEAS_ON_WALL = 8

/** Every idea the room may see on the wall. */
export function visibleIdeas(ideas: readonly Idea[], hiddenIdeaIds: readonly string[]): Idea[] {
  const hidden = new Set(hiddenIdeaIds)
  return ideas.filter((idea) => !hidden.has(idea.id) && idea.text.trim() !== '')
}

export function newestIdeas(ideas: readonly Idea[], hiddenIdeaIds: readonly string[], count = IDEAS_ON_WALL): Idea[] {
  return visibleIdeas(ideas, hiddenIdeaIds)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
    .slice(0, count)
}
