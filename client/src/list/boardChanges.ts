// Changes to the board made without a canvas: revealed private ideas, new themes, moves into
// themes, deleting a theme, accepting a suggested theme. They write only the ideas and themes;
// every open canvas then gives new ideas their cards and new themes their frames, and moves
// cards to match (see sync/IdeaCards.ts and sync/ThemeFrames.ts).
import { type Board, type Participant, type Themes, randomId } from '@roundtable/shared'
import { shuffle } from '../board/cardSpots.ts'

/** The same names as the canvas's controls, so the board page can use either. */
export interface BoardChanges {
  /** Puts revealed private ideas on the board in one change, shuffled, with one time for all. */
  publishIdeas(texts: string[]): void
  /** Makes a theme; its id, or null for a name that is empty. */
  addTheme(name: string): string | null
  /** Puts ideas into a theme (or none, with null), as one change. */
  moveIdeas(ideaIds: readonly string[], themeId: string | null): void
  /** Deletes a theme; its ideas stay on the board, in no theme. */
  deleteTheme(themeId: string): void
  /** Makes a suggested theme with its ideas in it, as one change; the new theme's id. */
  acceptSuggestion(suggestion: { name: string; ideaIds: readonly string[] }): string | null
}

export function boardChanges(board: Board, themes: Themes, participant: () => Participant, random: () => number = Math.random): BoardChanges {
  const addTheme = (name: string): string | null => {
    try {
      return themes.add({ name })
    } catch {
      // A name with no letters to keep: Themes refuses it, as the dialog expects null.
      return null
    }
  }

  const moveIdeas = (ideaIds: readonly string[], themeId: string | null): void => {
    board.doc.transact(() => {
      for (const ideaId of ideaIds) themes.setIdeaTheme(ideaId, themeId)
    })
  }

  return {
    publishIdeas(texts) {
      const ideas = shuffle(
        texts.filter((text) => text.trim() !== ''),
        random,
      )
      if (ideas.length === 0) return
      const { id: authorId, picture } = participant()
      // One time for all and a shuffled order, so nothing says who wrote what or when.
      const publishedAt = Date.now()
      board.doc.transact(() => {
        for (const text of ideas) board.addIdea({ id: randomId(), text, authorId, picture, createdAt: publishedAt })
      })
    },
    addTheme,
    moveIdeas,
    deleteTheme(themeId) {
      themes.delete(themeId)
    },
    acceptSuggestion(suggestion) {
      let themeId: string | null = null
      board.doc.transact(() => {
        themeId = addTheme(suggestion.name)
        if (themeId) moveIdeas(suggestion.ideaIds, themeId)
      })
      return themeId
    },
  }
}
