// Polish wording: the wall screen (present mode) shown on the room's projector.
import type { Translation } from '../types.ts'
import type { present as english } from '../en/present.ts'

export const present: Translation<typeof english> = {
  'present.opening': 'Otwieramy widok na rzutnik…',
  'present.tabTitle': 'Widok na rzutnik: {title}',
  'present.untitled': 'Pokój Roundtable',
  'present.joinAt': 'Wejdź na {address}',
  'present.joinAt.easy': 'Wejdź na {address} w telefonie albo komputerze.',
  'present.codeLabel': 'Potem wpisz ten kod:',
  'present.codeLabel.easy': 'Wpisz ten kod.',
  'present.qrLabel': 'Kod QR, żeby dołączyć do tego pokoju',
  'present.qrHint': 'Albo zeskanuj go aparatem w telefonie.',
  'present.qrHint.easy': 'Albo skieruj aparat telefonu na ten kwadrat.',
  'present.ideasHeading': 'Najnowsze pomysły',
  'present.ideaCount': {
    zero: 'Nie ma jeszcze pomysłów',
    one: 'Na razie {count} pomysł',
    few: 'Na razie {count} pomysły',
    many: 'Na razie {count} pomysłów',
    other: 'Na razie {count} pomysłu',
  },
  'present.noIdeas': 'Nowe pomysły pojawią się tutaj, kiedy ktoś je doda.',
  'present.noIdeas.easy': 'Tu zobaczysz swoje pomysły.',
  'present.loadingIdeas': 'Wczytujemy pomysły…',
  'present.newIdea': 'Nowy pomysł: {text}',
  'present.live': 'Na żywo',
  'present.connecting': 'Łączymy…',
  'present.reconnecting': 'Łączymy ponownie… Ekran zaraz się zaktualizuje.',
  'present.backToBoard': 'Wróć do tablicy',
}
