// Polish wording: the Help dialog — how to take part, a short section per way of joining in.
import type { Translation } from '../types.ts'
import type { help as english } from '../en/help.ts'

export const help: Translation<typeof english> = {
  'help.open': 'Pomoc',
  'help.title': 'Jak brać udział',
  'help.intro': 'Wszyscy tutaj są równi. Nie ma złych pomysłów. Nie spiesz się.',
  'help.intro.easy': 'Tutaj wszyscy są równi. Każdy pomysł jest mile widziany. Nie spiesz się.',
  'help.add.heading': 'Dodawanie pomysłu',
  'help.add.body':
    'Naciśnij „Dodaj pomysł”, napisz swój pomysł i naciśnij Enter. Pomysł trafi na tablicę i wszyscy go zobaczą. Gdy włączone jest pisanie prywatne, twoje pomysły widzisz tylko ty, dopóki osoba prowadząca ich nie odsłoni.',
  'help.add.body.easy': 'Naciśnij „Dodaj pomysł”. Napisz swój pomysł. Naciśnij Enter. Teraz wszyscy widzą twój pomysł.',
  'help.move.heading': 'Poruszanie się po tablicy',
  'help.move.body':
    'Przeciągnij tablicę myszą lub palcem, aby ją przesunąć. Zsuń lub rozsuń palce albo użyj kółka myszy, aby ją pomniejszyć lub powiększyć. Naciśnij Tab, aby przejść do następnej rzeczy.',
  'help.move.body.easy': 'Przeciągnij tablicę, aby ją przesunąć. Użyj dwóch palców, aby ją powiększyć lub pomniejszyć.',
  'help.vote.heading': 'Głosowanie',
  'help.vote.body':
    'Gdy przyjdzie czas głosowania, dostaniesz kilka kropek. Naciśnij „Głosuj” przy pomysłach, które są dla ciebie najważniejsze. Możesz cofnąć kropkę i użyć jej jeszcze raz.',
  'help.vote.body.easy': 'Dostajesz kilka kropek. Naciśnij „Głosuj” przy pomysłach, które lubisz najbardziej. Możesz zmienić zdanie.',
  'help.themes.heading': 'Tematy',
  'help.themes.body':
    'Temat to grupa pomysłów, które do siebie pasują. Naciśnij „Przenieś do tematu” przy pomyśle, aby dodać go do tematu. Każdy może zaproponować nazwę tematu.',
  'help.themes.body.easy': 'Temat to grupa pomysłów o tym samym. Możesz przenieść pomysł do tematu.',
  'help.display.heading': 'Zmiana wyglądu i języka',
  'help.display.body':
    'Naciśnij „Wygląd i język”, aby wybrać język, łatwy tekst, wysoki kontrast albo większe litery. Te zmiany widzisz tylko ty.',
  'help.display.body.easy': 'Naciśnij „Wygląd i język”. Możesz wybrać swój język. Możesz powiększyć litery. Widzisz to tylko ty.',
  'help.list.heading': 'Widok listy dla czytników ekranu',
  'help.list.body':
    'Wybierz „Lista” w „Pokaż tablicę jako”, aby zobaczyć wszystkie pomysły i tematy po kolei, jako listę. Dobrze działa z klawiaturą i czytnikiem ekranu.',
  'help.list.body.easy': 'Widok listy pokazuje wszystkie pomysły na liście. Jest dobry dla klawiatury i czytnika ekranu.',
  'help.phone.heading': 'Na telefonie',
  'help.phone.body': 'Otwórz ten sam link na telefonie. Zobaczysz prostą stronę do dodawania pomysłów.',
  'help.phone.body.easy': 'Możesz użyć telefonu. Otwórz ten sam link. Potem dodaj swoje pomysły.',
}
