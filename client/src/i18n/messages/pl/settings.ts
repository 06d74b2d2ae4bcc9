// Polish wording: the display and language settings.
import type { Translation } from '../types.ts'
import type { settings as english } from '../en/settings.ts'

export const settings: Translation<typeof english> = {
  'settings.open': 'Wygląd i język',
  'settings.title': 'Wygląd i język',
  'settings.intro': 'Te ustawienia są tylko dla ciebie. Zostają na tym urządzeniu.',
  'settings.intro.easy': 'Zmień, jak wygląda dla ciebie Roundtable. Widzisz to tylko ty.',
  'settings.language': 'Język',
  'settings.easyRead': 'Łatwy tekst',
  'settings.easyReadHint': 'Większe słowa, obrazki i krótkie zdania.',
  'settings.highContrast': 'Wysoki kontrast',
  'settings.highContrastHint': 'Mocne kolory: czarny i biały.',
  'settings.textSize': 'Rozmiar tekstu',
  'settings.textSize.standard': 'Zwykły',
  'settings.textSize.large': 'Duży',
  'settings.textSize.largest': 'Największy',
  'settings.done': 'Gotowe',
}
