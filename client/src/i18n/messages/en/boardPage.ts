// English wording: boardPage — the board page around the canvas or the list.
export const boardPage = {
  'boardPage.documentTitle': 'Board',
  'boardPage.untitled': 'Roundtable board',
  'boardPage.main': 'Board',
  'boardPage.aside': 'Beside the board',
  'boardPage.loading': 'Loading the board…',
  'boardPage.lockedIdeas': 'The board is locked, so nobody can add ideas now.',
  'boardPage.lockedIdeas.easy': 'The board is locked. Nobody can add ideas now.',
  'boardPage.lockedThemes': 'The board is locked, so themes cannot be changed now.',
  'boardPage.lockedThemes.easy': 'The board is locked. Nobody can change themes now.',
  'boardPage.withdrawNotYours': 'Only the person who wrote an idea can withdraw it.',
  'boardPage.moreTimeFailed': 'Your request did not go through. Please try again.',
  'boardPage.view.label': 'Show the board as',
  'boardPage.view.canvas': 'Canvas',
  'boardPage.view.list': 'List',
} as const
