// "Results": every idea ranked by its votes, with ties shown as ties, as an ordered list.
import type { Idea } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { usePreferences } from '../preferences/usePreferences.ts'
import { votesText } from './ballot.ts'
import { resultRows } from './results.ts'

export function ResultsPanel({ ideas, tallies }: { ideas: readonly Idea[]; tallies: ReadonlyMap<string, number> | null }) {
  const t = useT()
  const { language } = usePreferences()
  const rows = tallies ? resultRows(ideas, tallies, { t, locale: language }) : []
  return (
    <section className="results-panel" id="results-panel" aria-labelledby="results-title">
      <h2 id="results-title">{t('session.results.title')}</h2>
      {!tallies ? (
        <p>{t('session.results.waiting')}</p>
      ) : rows.length === 0 ? (
        <p>{t('session.results.empty')}</p>
      ) : (
        <ol className="results" role="list" data-testid="results" aria-labelledby="results-title">
          {rows.map((row) => (
            <li key={row.ideaId} className="result" data-testid="result">
              <span className="result-rank">{row.rank}</span>
              <span className="visually-hidden">: </span>
              <span className="result-text" dir="auto">
                {row.text}
              </span>
              <span className="visually-hidden">, </span>
              <span className="result-votes">{votesText(row.votes, t)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
