// Polish wording: common to every screen.
import type { Translation } from '../types.ts'
import type { common as english } from '../en/common.ts'

export const common: Translation<typeof english> = {
  'common.appName': 'Roundtable',
  'common.close': 'Zamknij',
  'common.cancel': 'Anuluj',
  'common.save': 'Zapisz',
  'common.tryAgain': 'Spróbuj ponownie',
  'common.loading': 'Ładowanie…',
  'common.unreachable': 'Roundtable nie może połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  'common.failed': 'To się nie udało. Spróbuj ponownie.',
  'common.readAloud': 'Przeczytaj na głos',
  'common.readAloudThis': 'Przeczytaj na głos: {text}',
  'common.stopReading': 'Zatrzymaj czytanie',
  'common.homeLink': 'Przejdź do strony głównej Roundtable',
  'common.notFound.title': 'Nie znaleziono strony',
  'common.notFound.body': 'Pod tym adresem nic nie ma.',
}
