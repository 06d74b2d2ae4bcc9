// Polish wording: the easy-read summary page, its sentences about the workshop, and the
// outcome files facilitators download.
import type { Translation } from '../types.ts'
import type { outcomes as english } from '../en/outcomes.ts'

export const outcomes: Translation<typeof english> = {
  'outcomes.loading': 'Pobieranie podsumowania…',
  'outcomes.failed': 'Nie udało się wczytać podsumowania',
  'outcomes.back': 'Wróć do tablicy',
  'outcomes.tools': 'Podsumowanie',
  'outcomes.documentTitle': 'Podsumowanie w łatwym tekście: {title}',
  'outcomes.intro': 'Co powstało na warsztacie, w krótkich zdaniach, jeden pomysł w linijce.',
  'outcomes.intro.easy': 'Tu jest to, co zrobiliśmy na warsztacie.',
  'outcomes.summary.untitled': 'Nasz warsztat',
  'outcomes.summary.whatWeDid': 'Co zrobiliśmy',
  'outcomes.summary.talkedAbout': 'Rozmawialiśmy o tym: {question}',
  'outcomes.summary.ideas': {
    one: 'Mieliśmy {count} pomysł.',
    few: 'Mieliśmy {count} pomysły.',
    many: 'Mieliśmy {count} pomysłów.',
    other: 'Mieliśmy {count} pomysłu.',
  },
  'outcomes.summary.themes': {
    one: 'Połączyliśmy je w {count} temat.',
    few: 'Połączyliśmy je w {count} tematy.',
    many: 'Połączyliśmy je w {count} tematów.',
    other: 'Połączyliśmy je w {count} tematu.',
  },
  'outcomes.summary.votes': {
    one: 'Oddaliśmy {count} głos.',
    few: 'Oddaliśmy {count} głosy.',
    many: 'Oddaliśmy {count} głosów.',
    other: 'Oddaliśmy {count} głosu.',
  },
  'outcomes.summary.noTheme': 'Pomysły bez tematu',
  'outcomes.summary.theme': 'Temat: {name}',
  'outcomes.summary.ideaCount': { one: '{count} pomysł.', few: '{count} pomysły.', many: '{count} pomysłów.', other: '{count} pomysłu.' },
  'outcomes.summary.voteCount': { one: '{count} głos.', few: '{count} głosy.', many: '{count} głosów.', other: '{count} głosu.' },
  'outcomes.summary.from': 'Autor: {name}',
  'outcomes.summary.noWords': '(Bez słów.)',
  'outcomes.files': 'Pliki dla prowadzących',
  'outcomes.preparing': 'Przygotowywanie pliku…',
  'outcomes.download.csv': 'Pobierz CSV',
  'outcomes.download.md': 'Pobierz Markdown',
  'outcomes.download.json': 'Pobierz kopię zapasową JSON',
  'outcomes.downloading.csv': 'Pobieranie pliku CSV: {fileName}',
  'outcomes.downloading.md': 'Pobieranie pliku Markdown: {fileName}',
  'outcomes.downloading.json': 'Pobieranie kopii zapasowej: {fileName}',
}
