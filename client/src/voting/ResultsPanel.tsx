// "Results": every idea ranked by its votes, with ties shown as ties, as an ordered list.
import type { Idea } from '@roundtable/shared'
import { votesText } from './ballot.ts'
import { resultRows } from './results.ts'

export function ResultsPanel({ ideas, tallies }: { ideas: readonly Idea[]; tallies: ReadonlyMap<string, number> | null }) {
  const rows = tallies ? resultRows(ideas, tallies) : []
  return (
    <section className="results-panel" id="results-panel" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      {!tallies ? (
        <p>The votes will show when voting closes.</p>
      ) : rows.length === 0 ? (
        <p>There are no ideas on the board yet.</p>
      ) : (
        <ol className="results" role="list" data-testid="results" aria-labelledby="results-title">
          {rows.map((row) => (
            <li key={row.ideaId} className="result" data-testid="result">
              <span className="result-rank">{row.rank}</span>
              <span className="visually-hidden">: </span>
              <span className="result-text">{row.text}</span>
              <span className="visually-hidden">, </span>
              <span className="result-votes">{votesText(row.votes)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
