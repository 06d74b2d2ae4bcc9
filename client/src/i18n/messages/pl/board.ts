// Polish wording: the board's top bar, notices, people here, and idea cards on the canvas.
import type { Translation } from '../types.ts'
import type { board as english } from '../en/board.ts'

export const board: Translation<typeof english> = {
  'board.addIdea': 'Dodaj pomysł',
  'board.changeAppearance': 'Zmień, jak mnie widać',
  'board.facilitate': 'Prowadzenie',

  'board.notice.linkRefused': 'Ten link prowadzącego już nie działa.',
  'board.notice.changeRefused': 'Tablica jest zablokowana, więc Twoja ostatnia zmiana nie została zapisana.',
  'board.notice.changeRefused.easy': 'Tablica jest zablokowana. Twoja ostatnia zmiana się nie zapisała.',
  'board.notice.ok': 'Dobrze',

  'board.attention.moved': 'Twój widok przeniósł się tam, gdzie patrzy grupa.',
  'board.attention.moved.easy': 'Teraz widzisz to, co widzi grupa.',

  'board.people.title': 'Kto tu jest',
  'board.people.you': '(Ty)',
  'board.people.follow': 'Podążaj',
  'board.people.followName': 'Podążaj za: {name}',
  'board.people.stopFollowing': 'Przestań podążać',
  'board.people.stopFollowingName': 'Przestań podążać za: {name}',

  'board.withdraw.title': 'Wycofać ten pomysł?',
  'board.withdraw.body': 'Zniknie z tablicy dla wszystkich, razem z głosami na niego.',
  'board.withdraw.body.easy': 'Twój pomysł zniknie z tablicy. Nikt go już nie zobaczy. Głosy na niego też znikną.',
  'board.withdraw.confirm': 'Tak, wycofaj go',
  'board.withdraw.keep': 'Zostaw go',

  'board.idea.empty': 'Pusty pomysł',
  'board.idea.emptyInLabel': 'pusty pomysł',
  'board.idea.describe': 'Pomysł: {text}',
  'board.idea.describeEmpty': 'Pusty pomysł',
  'board.idea.removed': 'Ten pomysł został usunięty.',
  'board.idea.writeHere': 'Kliknij dwa razy, aby pisać',
  'board.idea.writeHere.easy': 'Kliknij tu dwa razy. Potem pisz.',
  'board.idea.textBox': 'Tekst pomysłu',
  'board.idea.writtenBy': 'Napisane przez',
  'board.idea.hiddenMark': 'Ukryty',
  'board.idea.restore': 'Przywróć',
  'board.idea.restoreLabel': 'Przywróć: {idea}',
  'board.idea.hide': 'Ukryj',
  'board.idea.hideLabel': 'Ukryj: {idea}',
  'board.idea.withdraw': 'Wycofaj mój pomysł',
  'board.idea.withdrawLabel': 'Wycofaj mój pomysł: {idea}',
  'board.idea.moveToTheme': 'Przenieś do tematu',
  'board.idea.moveToThemeLabel': 'Przenieś do tematu: {idea}',

  'board.vote.vote': 'Głosuj',
  'board.vote.voteFor': 'Głosuj na: {idea}',
  'board.vote.takeBack': 'Cofnij',
  'board.vote.takeBackFrom': 'Cofnij kropkę z: {idea}',
  'board.vote.myDots': {
    one: 'Twoja kropka jest na tym pomyśle',
    few: 'Twoje {count} kropki są na tym pomyśle',
    many: 'Twoich {count} kropek jest na tym pomyśle',
    other: 'Twoje {count} kropki są na tym pomyśle',
  },
}
