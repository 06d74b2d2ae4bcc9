// Polish wording: boardPage — the board page around the canvas or the list.
import type { Translation } from '../types.ts'
import type { boardPage as english } from '../en/boardPage.ts'

export const boardPage: Translation<typeof english> = {
  'boardPage.documentTitle': 'Tablica',
  'boardPage.untitled': 'Tablica Roundtable',
  'boardPage.main': 'Tablica',
  'boardPage.aside': 'Obok tablicy',
  'boardPage.loading': 'Wczytywanie tablicy…',
  'boardPage.lockedIdeas': 'Tablica jest zablokowana, więc nikt nie może teraz dodawać pomysłów.',
  'boardPage.lockedIdeas.easy': 'Tablica jest zablokowana. Teraz nikt nie może dodać pomysłu.',
  'boardPage.lockedThemes': 'Tablica jest zablokowana, więc nie można teraz zmieniać tematów.',
  'boardPage.lockedThemes.easy': 'Tablica jest zablokowana. Teraz nikt nie może zmienić tematów.',
  'boardPage.withdrawNotYours': 'Tylko osoba, która napisała pomysł, może go wycofać.',
  'boardPage.moreTimeFailed': 'Twoja prośba nie dotarła. Spróbuj jeszcze raz.',
  'boardPage.view.label': 'Pokaż tablicę jako',
  'boardPage.view.canvas': 'Płótno',
  'boardPage.view.list': 'Lista',
}
