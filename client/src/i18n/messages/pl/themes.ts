// Polish wording: themes, the Themes panel, its dialogs and what the live region says about them.
import type { Translation } from '../types.ts'
import type { themes as english } from '../en/themes.ts'

export const themes: Translation<typeof english> = {
  'themes.title': 'Tematy',
  'themes.new': 'Nowy temat',
  'themes.none': 'Nie ma jeszcze tematów. Temat łączy pomysły, które do siebie pasują.',
  'themes.none.easy': 'Nie ma jeszcze tematów. Temat to grupa pomysłów, które pasują do siebie.',
  'themes.noTheme': 'Bez tematu',
  'themes.ideasInNoTheme': 'Pomysły bez tematu',
  'themes.ideasIn': 'Pomysły w temacie {name}',
  'themes.noIdeas': 'W tym temacie nie ma jeszcze pomysłów.',
  'themes.easyReadLink': 'Podsumowanie łatwe do czytania',
  'themes.needName': 'Nadaj tematowi nazwę.',

  'themes.rename': 'Zmień nazwę',
  'themes.renameName': 'Zmień nazwę: {name}',
  'themes.newNameFor': 'Nowa nazwa dla: {name}',
  'themes.saveName': 'Zapisz nazwę',
  'themes.delete': 'Usuń',
  'themes.deleteName': 'Usuń: {name}',

  'themes.idea.move': 'Przenieś…',
  'themes.idea.moveLabel': 'Przenieś „{idea}” do tematu',

  'themes.proposals.otherNames': 'Inne nazwy dla: {name}',
  'themes.proposals.support': 'Popieram: {name}',
  'themes.proposals.supporters': { one: '{count} osoba', few: '{count} osoby', many: '{count} osób', other: '{count} osoby' },
  'themes.proposals.useName': 'Użyj tej nazwy: {name}',
  'themes.proposals.anotherName': 'Inna nazwa dla: {name}',
  'themes.proposals.suggest': 'Zaproponuj tę nazwę',
  'themes.proposals.writeFirst': 'Najpierw wpisz nazwę.',
  'themes.proposals.notAdded': 'Nie udało się dodać tej nazwy.',

  'themes.newDialog.title': 'Nowy temat',
  'themes.newDialog.intro': 'Temat to grupa pomysłów, które do siebie pasują. Na tablicy widać go jako kolorowe pole.',
  'themes.newDialog.intro.easy': 'Temat to grupa pomysłów, które pasują do siebie. Na tablicy to pole w jednym kolorze.',
  'themes.newDialog.name': 'Nazwa tematu',
  'themes.newDialog.failed': 'Nie udało się utworzyć tematu. Spróbuj jeszcze raz.',
  'themes.newDialog.make': 'Utwórz temat',

  'themes.moveDialog.title': 'Przenieś do tematu',
  'themes.moveDialog.legend': 'Temat',
  'themes.moveDialog.hint': 'Wybierz strzałkami, potem naciśnij Enter.',
  'themes.moveDialog.hint.easy': 'Wybierz temat strzałkami. Potem naciśnij Enter.',
  'themes.moveDialog.now': '(teraz)',
  'themes.moveDialog.move': 'Przenieś',

  'themes.deleteDialog.title': 'Usunąć temat „{name}”?',
  'themes.deleteDialog.ideas': {
    zero: 'Nie ma w nim pomysłów.',
    one: 'Pomysł z tego tematu zostaje na tablicy, bez tematu.',
    few: '{count} pomysły z tego tematu zostają na tablicy, bez tematu.',
    many: '{count} pomysłów z tego tematu zostaje na tablicy, bez tematu.',
    other: '{count} pomysłu z tego tematu zostaje na tablicy, bez tematu.',
  },
  'themes.deleteDialog.onlyTheme': 'Znika tylko temat i jego pole.',
  'themes.deleteDialog.confirm': 'Tak, usuń temat',
  'themes.deleteDialog.keep': 'Zostaw go',

  'themes.news.made': 'Utworzono temat {name}.',
  'themes.news.deleted': 'Usunięto temat {name}. Jego pomysły są nadal na tablicy.',
  'themes.news.movedTo': 'Przeniesiono do: {name}',
  'themes.news.movedOutOf': 'Wyjęto z tematu {name}. Teraz bez tematu.',
  'themes.news.movedOut': 'Wyjęto z tematu. Teraz bez tematu.',
  'themes.news.renamed': 'Temat nazywa się teraz {name}.',
}
