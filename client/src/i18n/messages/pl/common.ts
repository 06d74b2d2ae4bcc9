// Polish wording: common to every screen.
import type { Translation } from '../types.ts'
import type { common as english } from '../en/common.ts'

export const common: Translation<typeof english> = {
  'common.appName': 'Roundtable',
  'common.close': 'Zamknij',
  'common.cancel': 'Anuluj',
  'common.save': 'Zapisz',
  'common.change': 'Zmień',
  'common.delete': 'Usuń',
  'common.print': 'Drukuj',
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
  'common.notFound.body.easy': 'Tej strony tu nie ma. Sprawdź link.',
  'common.moreOptions': 'Więcej opcji',
  'common.copied': 'Skopiowano',
  'common.copyFailed': 'Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie.',
  'common.connection.connecting': 'Łączenie…',
  'common.connection.connected': 'Połączono',
  'common.connection.offline': 'Brak połączenia — twoje zmiany są zachowane i zostaną wysłane po ponownym połączeniu',
  'common.connection.offline.easy': 'Nie ma internetu. Twoje pomysły są bezpieczne. Trafią na tablicę, gdy internet wróci.',
  'common.connection.restarting': 'Serwer uruchamia się ponownie — łączenie…',
  'common.connection.roomMissing': 'Ten pokój nie istnieje',
}
