// The outcome as Markdown, for notes and reports: the title and question, then each theme
// as a heading, most voted first, with its ideas as a list.
import { plural, themesByVotes, type Outcome, type OutcomeIdea } from './outcome.ts'

const UNTITLED = 'Workshop outcome'

export function toMarkdown(outcome: Outcome): string {
  const blocks = [`# ${escapeMarkdown(oneLine(outcome.title) || UNTITLED)}`]
  if (outcome.question.trim() !== '') blocks.push(`Question: ${escapeMarkdown(outcome.question)}`)
  for (const theme of themesByVotes(outcome)) {
    blocks.push(`## ${escapeMarkdown(oneLine(theme.name))} — ${plural(theme.votes, 'vote', 'votes')}`)
    blocks.push(theme.ideas.length === 0 ? '_No ideas._' : theme.ideas.map((idea) => ideaLine(idea, outcome.showNames)).join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}

function ideaLine(idea: OutcomeIdea, showNames: boolean): string {
  const text = escapeMarkdown(idea.text) || '_(no text)_'
  const author = showNames && idea.author ? ` (${escapeMarkdown(oneLine(idea.author))})` : ''
  return `- ${text}${author} — ${plural(idea.votes, 'vote', 'votes')}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Characters that start emphasis, code, links, HTML, tables, strikethrough, entities or headings anywhere in a line. */
const INLINE_SIGNIFICANT = /[\\`*_[\]<>|~&#]/g

/**
 * Makes text read as itself in CommonMark: significant characters get a backslash, and
 * what would start a list, heading underline or ordered list at a line's start is escaped
 * too. Line breaks become hard breaks indented to stay inside a list item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trim()
        .replace(INLINE_SIGNIFICANT, '\\$&')
        .replace(/^[-+=]/, '\\$&')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .filter((line) => line !== '')
    .join('\\\n  ')
}
