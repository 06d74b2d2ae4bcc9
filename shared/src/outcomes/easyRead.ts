// The outcome in easy read: short plain sentences in sections, one idea a line with its
// picture beside it, for the client's printable page. Structure only; the client lays it out.
import { pictureLabel } from '../identity.ts'
import { plural, themesByVotes, type Outcome, type OutcomeIdea } from './outcome.ts'

export interface EasyReadLine {
  /** An emoji shown beside the sentence, or null for none. */
  picture: string | null
  /** Words for the picture, for screen readers and print; null when there is no picture. */
  pictureLabel: string | null
  text: string
}

export interface EasyReadSection {
  heading: string
  lines: EasyReadLine[]
}

export interface EasyRead {
  title: string
  sections: EasyReadSection[]
}

const UNTITLED = 'Our workshop'
/** Marks that already end a sentence, in the scripts people are likely to write in. */
const SENTENCE_END = /[.!?…。؟۔]$/u

export function toEasyRead(outcome: Outcome): EasyRead {
  const ideas = outcome.themes.flatMap((theme) => theme.ideas)
  const themed = outcome.themes.filter((theme) => theme.id !== null)
  const votes = ideas.reduce((sum, idea) => sum + idea.votes, 0)
  const summary: string[] = []
  if (outcome.question.trim() !== '') summary.push(`We talked about: ${sentence(outcome.question)}`)
  summary.push(`We had ${plural(ideas.length, 'idea', 'ideas')}.`)
  if (themed.length > 0) summary.push(`We put them into ${plural(themed.length, 'theme', 'themes')}.`)
  summary.push(`We gave ${plural(votes, 'vote', 'votes')}.`)

  const sections: EasyReadSection[] = [{ heading: 'What we did', lines: summary.map(plainLine) }]
  for (const theme of themesByVotes(outcome)) {
    const isTheme = theme.id !== null
    const count = `${plural(theme.ideas.length, 'idea', 'ideas')}. ${plural(theme.votes, 'vote', 'votes')}.`
    sections.push({
      heading: isTheme ? oneLine(theme.name) : 'Ideas with no theme',
      lines: [plainLine(isTheme ? `Theme: ${sentence(theme.name)} ${count}` : count), ...theme.ideas.map((idea) => ideaLine(idea, outcome.showNames))],
    })
  }
  return { title: oneLine(outcome.title) || UNTITLED, sections }
}

function ideaLine(idea: OutcomeIdea, showNames: boolean): EasyReadLine {
  const parts = [sentence(idea.text) || '(No words.)', `${plural(idea.votes, 'vote', 'votes')}.`]
  if (showNames && idea.author) parts.push(`From ${sentence(idea.author)}`)
  return { picture: idea.picture || null, pictureLabel: idea.picture ? pictureLabel(idea.picture) : null, text: parts.join(' ') }
}

function plainLine(text: string): EasyReadLine {
  return { picture: null, pictureLabel: null, text }
}

/** One line of text ending as a sentence does. Empty stays empty. */
function sentence(text: string): string {
  const line = oneLine(text)
  return line === '' || SENTENCE_END.test(line) ? line : `${line}.`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
