// The results, ranked by votes with ties kept as ties ("Joint 1st"), in words.
import { type Idea, rankByVotes } from '@roundtable/shared'
import type { MessageKey } from '../i18n/catalogs.ts'
import { type Translate, tNow } from '../i18n/useT.ts'
import { getPreferences } from '../preferences/preferencesStore.ts'

export interface ResultRow {
  ideaId: string
  text: string
  votes: number
  /** "1st", "Joint 2nd". */
  rank: string
}

export interface RankWords {
  t: Translate
  /** The language whose ordinal rules pick the ending: English has four ("1st", "2nd", "3rd", "4th"). */
  locale: string
}

/** The person's language now; components pass `useT()`'s `t` and their language instead. */
function wordsNow(): RankWords {
  return { t: tNow, locale: getPreferences().language }
}

const ORDINAL_KEYS: Partial<Record<Intl.LDMLPluralRule, MessageKey>> = {
  one: 'session.rank.one',
  two: 'session.rank.two',
  few: 'session.rank.few',
}

const ordinalRules = new Map<string, Intl.PluralRules>()

export function ordinal(n: number, words: RankWords = wordsNow()): string {
  let rules = ordinalRules.get(words.locale)
  if (!rules) {
    rules = new Intl.PluralRules(words.locale, { type: 'ordinal' })
    ordinalRules.set(words.locale, rules)
  }
  return words.t(ORDINAL_KEYS[rules.select(n)] ?? 'session.rank.other', { place: n })
}

/** Every idea with words, most votes first; ideas with equal votes share a rank. */
export function resultRows(
  ideas: readonly Pick<Idea, 'id' | 'text'>[],
  tallies: ReadonlyMap<string, number>,
  words: RankWords = wordsNow(),
): ResultRow[] {
  const withWords = ideas.filter((idea) => idea.text.trim() !== '')
  const textOf = new Map(withWords.map((idea) => [idea.id, idea.text]))
  return rankByVotes(
    withWords.map((idea) => idea.id),
    tallies,
  ).flatMap((group) =>
    group.ideaIds.map((ideaId) => ({
      ideaId,
      text: textOf.get(ideaId) ?? '',
      votes: group.votes,
      rank: group.tied ? words.t('session.rank.joint', { rank: ordinal(group.rank, words) }) : ordinal(group.rank, words),
    })),
  )
}
