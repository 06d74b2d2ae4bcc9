// English wording: the Help dialog — how to take part, a short section per way of joining in.
export const help = {
  'help.open': 'Help',
  'help.title': 'How to take part',
  'help.intro': 'Everyone here is equal. There are no wrong ideas. Take your time.',
  'help.intro.easy': 'Everyone is equal here. Every idea is welcome. Take your time.',
  'help.add.heading': 'Add an idea',
  'help.add.body':
    'Press "Add an idea", write your idea, then press Enter. It goes on the board for everyone to see. When private writing is on, your ideas stay private until the facilitator shows them.',
  'help.add.body.easy': 'Press "Add an idea". Write your idea. Press Enter. Now everyone can see your idea.',
  'help.move.heading': 'Move around the board',
  'help.move.body':
    'Drag the board with your mouse or finger to move it. Pinch, or use the mouse wheel, to make it bigger or smaller. Press Tab to go from one thing to the next.',
  'help.move.body.easy': 'Drag the board to move it. Use two fingers to make it bigger or smaller.',
  'help.vote.heading': 'Vote',
  'help.vote.body':
    'When it is time to vote, you get a few dots. Press "Vote" on the ideas that matter most to you. You can take a dot back and use it again.',
  'help.vote.body.easy': 'You get some dots. Press "Vote" on the ideas you like most. You can change your mind.',
  'help.themes.heading': 'Themes',
  'help.themes.body':
    'A theme is a group of ideas that belong together. Press "Move to theme" on an idea to put it in a theme. Anyone can suggest a name for a theme.',
  'help.themes.body.easy': 'A theme is a group of ideas that are about the same thing. You can move an idea into a theme.',
  'help.display.heading': 'Change how it looks and the language',
  'help.display.body':
    'Press "Display and language" to choose your language, easy read, high contrast or bigger text. Only you see these changes.',
  'help.display.body.easy': 'Press "Display and language". You can choose your language. You can make the words bigger. Only you see this.',
  'help.list.heading': 'List view for screen readers',
  'help.list.body':
    'Choose "List" under "Show the board as" to see every idea and theme as a list, in order. It works well with a keyboard and a screen reader.',
  'help.list.body.easy': 'The list view shows all the ideas in a list. It is good for keyboards and screen readers.',
  'help.phone.heading': 'On a phone',
  'help.phone.body': 'Open the same link on your phone. You get a simple page for adding your ideas.',
  'help.phone.body.easy': 'You can use your phone. Open the same link. Then add your ideas.',
} as const
