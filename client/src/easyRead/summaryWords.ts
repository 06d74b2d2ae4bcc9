// The easy-read summary in the person's language. The server words it in English; this
// recognises each of its sentence shapes and says it again from the catalogue, keeping
// people's own words (ideas, theme names, the question, names) exactly as written. A line
// it does not recognise is shown as the server sent it. The test runs the server's own
// toEasyRead, so a change to its wording fails here rather than on the page.
import type { EasyRead, EasyReadLine } from '@roundtable/shared'
import type { Translate } from '../i18n/useT.ts'
import { pictureWord } from '../room/appearanceWords.ts'

export interface SummaryLine {
  picture: string | null
  pictureLabel: string | null
  /** An idea's own words, shown in their direction and read aloud in their author's language; null on other lines. */
  idea: string | null
  /** The rest of the line (the whole line when it is not an idea), in the person's language. */
  words: string
}

export interface SummarySection {
  heading: string
  /** The heading is a theme's name, as someone wrote it. */
  headingIsOwnWords: boolean
  lines: SummaryLine[]
}

export interface Summary {
  title: string
  sections: SummarySection[]
}

const UNTITLED = 'Our workshop'
const WHAT_WE_DID = 'What we did'
const TALKED_ABOUT = /^We talked about: (.+)$/su
const HAD_IDEAS = /^We had (\d+) ideas?\.$/
const PUT_INTO_THEMES = /^We put them into (\d+) themes?\.$/
const GAVE_VOTES = /^We gave (\d+) votes?\.$/
const THEME_LINE = /^Theme: (.+) (\d+) ideas?\. (\d+) votes?\.$/su
const NO_THEME_LINE = /^(\d+) ideas?\. (\d+) votes?\.$/
// Greedy: an idea that itself says "2 votes." keeps those words; only the last count is the server's.
const IDEA_LINE = /^(.*) (\d+) votes?\.(?: From (.+))?$/su
const NO_WORDS = '(No words.)'

/** People's words inside our sentence keep their own direction: an English question ends with its "?" on an Arabic page. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`
}

export function summaryWords(summary: EasyRead, t: Translate): Summary {
  return {
    title: summary.title === UNTITLED ? t('outcomes.summary.untitled') : summary.title,
    sections: summary.sections.map((section, index) =>
      index === 0 && section.heading === WHAT_WE_DID
        ? { heading: t('outcomes.summary.whatWeDid'), headingIsOwnWords: false, lines: section.lines.map((line) => factLine(line, t)) }
        : groupSection(section, t),
    ),
  }
}

/** The idea and the rest of the line together, as they read on the page. */
export function lineText(line: SummaryLine): string {
  return line.idea === null ? line.words : `${line.idea} ${line.words}`
}

function factLine(line: EasyReadLine, t: Translate): SummaryLine {
  const count = (match: RegExpExecArray) => ({ count: Number(match[1]) })
  let match: RegExpExecArray | null
  let words = line.text
  if ((match = TALKED_ABOUT.exec(line.text))) words = t('outcomes.summary.talkedAbout', { question: isolate(match[1] ?? '') })
  else if ((match = HAD_IDEAS.exec(line.text))) words = t('outcomes.summary.ideas', count(match))
  else if ((match = PUT_INTO_THEMES.exec(line.text))) words = t('outcomes.summary.themes', count(match))
  else if ((match = GAVE_VOTES.exec(line.text))) words = t('outcomes.summary.votes', count(match))
  return plain(line, words, t)
}

/** A theme's section (or the ideas in no theme): a line of counts, then one line per idea. */
function groupSection(section: EasyRead['sections'][number], t: Translate): SummarySection {
  const [first, ...rest] = section.lines
  const counts = (ideas: string | undefined, votes: string | undefined) =>
    `${t('outcomes.summary.ideaCount', { count: Number(ideas) })} ${t('outcomes.summary.voteCount', { count: Number(votes) })}`
  const theme = first ? THEME_LINE.exec(first.text) : null
  const noTheme = first ? NO_THEME_LINE.exec(first.text) : null
  let heading = section.heading
  let headingIsOwnWords = true
  let opening: SummaryLine[] = first ? [plain(first, first.text, t)] : []
  if (first && theme) {
    opening = [plain(first, `${t('outcomes.summary.theme', { name: isolate(theme[1] ?? '') })} ${counts(theme[2], theme[3])}`, t)]
  } else if (first && noTheme) {
    heading = t('outcomes.summary.noTheme')
    headingIsOwnWords = false
    opening = [plain(first, counts(noTheme[1], noTheme[2]), t)]
  }
  return { heading, headingIsOwnWords, lines: [...opening, ...rest.map((line) => ideaLine(line, t))] }
}

function ideaLine(line: EasyReadLine, t: Translate): SummaryLine {
  const match = IDEA_LINE.exec(line.text)
  if (!match) return plain(line, line.text, t)
  const [, idea = '', votes, author] = match
  const words = [t('outcomes.summary.voteCount', { count: Number(votes) }), ...(author ? [t('outcomes.summary.from', { name: isolate(author) })] : [])]
  if (idea === NO_WORDS) return plain(line, [t('outcomes.summary.noWords'), ...words].join(' '), t)
  return { ...pictureOf(line, t), idea, words: words.join(' ') }
}

function plain(line: EasyReadLine, words: string, t: Translate): SummaryLine {
  return { ...pictureOf(line, t), idea: null, words }
}

function pictureOf(line: EasyReadLine, t: Translate): Pick<SummaryLine, 'picture' | 'pictureLabel'> {
  return { picture: line.picture, pictureLabel: line.picture ? pictureWord(line.picture, t) : null }
}
