// Polish wording: list — the board as a list of themes and ideas, for keyboards and screen readers.
import type { Translation } from '../types.ts'
import type { list as english } from '../en/list.ts'

export const list: Translation<typeof english> = {
  'list.add.title': 'Dodaj pomysł',
  'list.add.label': 'Twój pomysł',
  'list.add.hint': 'Naciśnij Enter, żeby go dodać. Naciśnij razem Shift i Enter, żeby zacząć nową linię.',
  'list.add.hint.easy': 'Napisz swój pomysł. Potem naciśnij Enter.',
  'list.add.button': 'Dodaj pomysł',
  'list.add.empty': 'Najpierw napisz swój pomysł.',
  'list.add.done': 'Twój pomysł jest na tablicy.',
  'list.add.private': 'Pisanie prywatne jest włączone. Nowe pomysły zostają u ciebie, dopóki nie zostaną pokazane.',
  'list.add.private.easy': 'Teraz piszesz pomysły tylko dla siebie. Grupa zobaczy je później.',
  'list.add.privateButton': 'Przejdź do moich prywatnych pomysłów',

  'list.ideas': 'Pomysły',
  'list.noTheme': 'Jeszcze bez tematu',
  'list.ideaCount': { zero: 'brak pomysłów', one: '{count} pomysł', few: '{count} pomysły', many: '{count} pomysłów', other: '{count} pomysłu' },
  'list.empty': 'Nie ma jeszcze pomysłów. Dodaj pierwszy powyżej.',
  'list.empty.easy': 'Nie ma jeszcze pomysłów. Możesz dodać pomysł.',
  'list.themeEmpty': 'W tym temacie nie ma jeszcze pomysłów.',

  'list.emptyIdea': 'Pusty pomysł',
  'list.writtenBy': 'Autor: {name}',
  'list.vote': 'Głosuj',
  'list.voteFor': 'Głosuj na: {idea}',
  'list.takeBack': 'Cofnij mój głos',
  'list.takeBackFrom': 'Cofnij mój głos z: {idea}',
  'list.myDots': {
    one: 'Twoja kropka jest na tym pomyśle',
    few: 'Twoje {count} kropki są na tym pomyśle',
    many: 'Twoich {count} kropek jest na tym pomyśle',
    other: 'Twoje {count} kropki są na tym pomyśle',
  },
  'list.votes': { zero: 'Brak głosów', one: '{count} głos', few: '{count} głosy', many: '{count} głosów', other: '{count} głosu' },
  'list.edit': 'Zmień',
  'list.editThis': 'Zmień: {idea}',
  'list.move': 'Przenieś do tematu…',
  'list.moveThis': 'Przenieś do tematu: {idea}',
  'list.withdraw': 'Wycofaj mój pomysł',
  'list.withdrawThis': 'Wycofaj mój pomysł: {idea}',
  'list.hide': 'Ukryj',
  'list.hideThis': 'Ukryj: {idea}',

  'list.editor.label': 'Zmień słowa tego pomysłu',
  'list.editor.hint': 'Naciśnij Enter, żeby zapisać, albo Escape, żeby wyjść bez zapisywania.',
  'list.editor.hint.easy': 'Zmień słowa. Naciśnij Enter, żeby zapisać.',
  'list.editor.save': 'Zapisz',
  'list.editor.cancel': 'Anuluj',
  'list.editor.empty': 'Napisz kilka słów. Jeśli chcesz zdjąć pomysł z tablicy, wycofaj go.',

  'list.news.idea': 'Nowy pomysł: {text}',
  'list.news.ideas': { one: '{count} nowy pomysł', few: '{count} nowe pomysły', many: '{count} nowych pomysłów', other: '{count} nowego pomysłu' },

  'list.themeMade': 'Utworzono temat {name}.',
  'list.themeDeleted': 'Usunięto temat {name}. Jego pomysły są nadal na tablicy.',
}
