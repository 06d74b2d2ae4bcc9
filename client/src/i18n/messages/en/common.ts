// English wording: common to every screen.
export const common = {
  'common.appName': 'Roundtable',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.tryAgain': 'Try again',
  'common.loading': 'Loading…',
  'common.unreachable': 'Roundtable cannot reach its server. Check your connection and try again.',
  'common.failed': 'That did not work. Please try again.',
  'common.readAloud': 'Read aloud',
  'common.readAloudThis': 'Read aloud: {text}',
  'common.stopReading': 'Stop reading',
  'common.homeLink': 'Go to the Roundtable home page',
  'common.notFound.title': 'Page not found',
  'common.notFound.body': 'There is nothing at this address.',
} as const
