import { type Outcome, toEasyRead } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { lineText, summaryWords } from './summaryWords.ts'

const idea = (id: string, text: string, votes: number, picture = '🦦', author?: string | null) => ({
  id,
  text,
  picture,
  themeName: null,
  votes,
  createdAt: '',
  ...(author === undefined ? {} : { author }),
})

function outcome(showNames: boolean): Outcome {
  const by = (name: string | null) => (showNames ? name : undefined)
  return {
    title: '',
    question: 'What would make your clinic visit easier?',
    showNames,
    themes: [
      {
        id: 't-1',
        name: 'Letters & leaflets',
        votes: 3,
        ideas: [idea('a', 'مواعيد أوضح من فضلك', 2, '🌻', by('Rana')), idea('b', 'Say 2 votes. From me', 1, '☕', by(null))],
      },
      { id: 't-2', name: 'Waiting', votes: 1, ideas: [idea('c', 'Tell us how long', 1, '🐝', by('Teal Heron'))] },
      { id: null, name: 'No theme', votes: 0, ideas: [idea('d', '   ', 0, ''), idea('e', 'Quiet room', 0, '🦉', by('Sam'))] },
    ],
  }
}

/** The text without the invisible marks that keep people's words in their own direction. */
const visible = (text: string) => text.replace(/[\u2068\u2069]/g, '')

describe('easy-read summary words', () => {
  for (const showNames of [false, true]) {
    it(`recognises every sentence the server writes${showNames ? ', names included' : ''}, saying it the same in English`, () => {
      const server = toEasyRead(outcome(showNames))
      const ours = summaryWords(server, translatorFor('en'))
      expect(ours.title).toBe(server.title)
      expect(ours.sections.map((section) => section.heading)).toEqual(server.sections.map((section) => section.heading))
      expect(ours.sections.map((section) => section.lines.map((line) => visible(lineText(line))))).toEqual(
        server.sections.map((section) => section.lines.map((line) => line.text)),
      )
    })
  }

  it('keeps each idea’s own words apart, so they are read aloud in their own language', () => {
    const ours = summaryWords(toEasyRead(outcome(true)), translatorFor('en'))
    const ideas = ours.sections.flatMap((section) => section.lines.flatMap((line) => (line.idea === null ? [] : [line.idea])))
    expect(ideas).toEqual(['مواعيد أوضح من فضلك.', 'Say 2 votes. From me.', 'Tell us how long.', 'Quiet room.'])
  })

  it('says the summary in Polish, keeping people’s words as written', () => {
    const server = toEasyRead(outcome(true))
    const polish = summaryWords(server, translatorFor('pl'))
    const english = summaryWords(server, translatorFor('en'))
    expect(polish.title).not.toBe(english.title)
    expect(polish.sections[0]?.heading).not.toBe('What we did')
    expect(polish.sections[1]?.heading).toBe('Letters & leaflets')
    expect(polish.sections[3]?.heading).not.toBe('Ideas with no theme')
    const allWords = visible(polish.sections.flatMap((section) => section.lines.map(lineText)).join('\n'))
    expect(allWords).toContain('What would make your clinic visit easier?')
    expect(allWords).toContain('Teal Heron.')
    const ourWords = polish.sections.flatMap((section) => section.lines.map((line) => line.words)).join('\n')
    expect(ourWords).not.toMatch(/\bvotes?\b|\bideas?\b|We had|From /)
    const labels = (summary: typeof polish) => summary.sections.flatMap((section) => section.lines.map((line) => line.pictureLabel))
    const englishLabels = labels(english)
    labels(polish).forEach((label, index) => {
      if (label !== null) expect(label).not.toBe(englishLabels[index])
    })
  })

  it('keeps people’s words in their own direction inside the sentences around them', () => {
    const arabic = summaryWords(toEasyRead(outcome(true)), translatorFor('ar'))
    expect(arabic.sections[0]?.lines[0]?.words).toContain('\u2068What would make your clinic visit easier?\u2069')
  })

  it('shows a line it does not recognise as the server sent it', () => {
    const odd = { title: 'Clinic', sections: [{ heading: 'Something new', lines: [{ picture: null, pictureLabel: null, text: 'A new kind of line' }] }] }
    expect(summaryWords(odd, translatorFor('pl')).sections[0]?.lines[0]?.words).toBe('A new kind of line')
  })
})
