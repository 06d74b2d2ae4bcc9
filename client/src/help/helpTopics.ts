// What the Help dialog explains, in the order someone taking part meets it: a picture, a
// heading and a few short sentences each (with easy-read wording in the catalogue).
import type { MessageKey } from '../i18n/catalogs.ts'

export interface HelpTopic {
  id: string
  picture: string
  heading: MessageKey
  body: MessageKey
}

export const HELP_TOPICS: readonly HelpTopic[] = [
  { id: 'add', picture: '➕', heading: 'help.add.heading', body: 'help.add.body' },
  { id: 'move', picture: '🖐️', heading: 'help.move.heading', body: 'help.move.body' },
  { id: 'vote', picture: '🔵', heading: 'help.vote.heading', body: 'help.vote.body' },
  { id: 'themes', picture: '🗂️', heading: 'help.themes.heading', body: 'help.themes.body' },
  { id: 'display', picture: '⚙️', heading: 'help.display.heading', body: 'help.display.body' },
  { id: 'list', picture: '📋', heading: 'help.list.heading', body: 'help.list.body' },
  { id: 'phone', picture: '📱', heading: 'help.phone.heading', body: 'help.phone.body' },
]
