// English wording: the display and language settings.
export const settings = {
  'settings.open': 'Display and language',
  'settings.title': 'Display and language',
  'settings.intro': 'These settings are for you only. They stay on this device.',
  'settings.intro.easy': 'Change how Roundtable looks for you. Only you see this.',
  'settings.language': 'Language',
  'settings.easyRead': 'Easy read',
  'settings.easyReadHint': 'Bigger words, pictures and short sentences.',
  'settings.highContrast': 'High contrast',
  'settings.highContrastHint': 'Strong black and white colours.',
  'settings.textSize': 'Text size',
  'settings.textSize.standard': 'Standard',
  'settings.textSize.large': 'Large',
  'settings.textSize.largest': 'Largest',
  'settings.done': 'Done',
} as const
