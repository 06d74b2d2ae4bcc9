// The targets, each checked against the stored figures: met, not met, or not
// measured yet. Shown near the top of RESULTS.md.
import { formatNumber } from './resultsTable.ts'
import { figuresOf, OURS, type Results } from './results.ts'
import { medianOfRuns } from './stats.ts'
import { yWebsocketMemory } from './targets/peers.ts'

const KB = 1024

interface Check {
  target: string
  ours: number | null
  limit: number | null
  met: boolean | null
}

/** The targets, and Roundtable's figures before a change where they were measured (--before). */
export function targetsSection(results: Results, before: Results = {}): string {
  const checks = targetChecks(results)
  if (checks.length === 0) return ''
  const earlier = new Map(targetChecks(before).map((check) => [check.target, check.ours]))
  const withBefore = earlier.size > 0
  const shown = (figure: number | null | undefined) => (figure == null ? '—' : formatNumber(figure))
  const lines = checks.map((check) => {
    const met = check.met === null ? 'not measured' : check.met ? 'met' : '**not met**'
    const was = withBefore ? ` ${shown(earlier.get(check.target))} |` : ''
    return `| ${check.target} |${was} ${shown(check.ours)} | ${shown(check.limit)} | ${met} |`
  })
  const header = withBefore
    ? ['| target | Roundtable before | Roundtable now | limit | |', '| --- | --- | --- | --- | --- |']
    : ['| target | Roundtable | limit | |', '| --- | --- | --- | --- |']
  const note = withBefore ? [`“Before” is Roundtable at ${beforeCheckout(before)}, measured the same way on the same machine (\`--roundtable <checkout> --before\`).`] : []
  return ['## The issue’s targets', ...note, [...header, ...lines].join('\n')].join('\n\n')
}

function beforeCheckout(before: Results): string {
  const records = [before.propagation, before['idle-rooms'], before['cold-load'], before['sustained-writes'], before.client]
  return [...new Set(records.flatMap((record) => (record ? [record.roundtable] : [])))].join('; ') || 'another checkout'
}

function targetChecks(results: Results): Check[] {
  const checks: Check[] = []
  const propagation = results.propagation
  for (const clients of [50, 200]) {
    if (!propagation) break
    const p99 = (name: string) => figuresOf(propagation.servers[name])?.find((result) => result.clients === clients)?.p99Ms ?? null
    const peers = Object.keys(propagation.servers).filter((name) => name !== OURS).map(p99).filter((v): v is number => v !== null)
    const best = peers.length > 0 ? Math.min(...peers) : null
    const ours = p99(OURS)
    checks.push({ target: `p99 latency at N = ${clients} no worse than the best peer (ms)`, ours, limit: best, met: ours !== null && best !== null ? ours <= best : null })
  }
  const idle = results['idle-rooms']
  if (idle) {
    const ours = figuresOf(idle.servers[OURS])?.heapPerRoom ?? null
    const theirs = figuresOf(idle.servers[yWebsocketMemory.name])?.heapPerRoom ?? null
    checks.push({
      target: 'heap per idle room at most half of @y/websocket-server’s (KB)',
      ours: ours === null ? null : ours / KB,
      limit: theirs === null ? null : theirs / 2 / KB,
      met: ours !== null && theirs !== null ? ours <= theirs / 2 : null,
    })
  }
  const writes = results['sustained-writes']
  if (writes) {
    const lost = figuresOf(writes.servers[OURS])?.lost ?? null
    checks.push({ target: 'updates lost after SIGKILL', ours: lost, limit: 0, met: lost === null ? null : lost === 0 })
  }
  const cold = results['cold-load']
  if (cold) {
    const result = figuresOf(cold.servers[OURS])
    const ours = result?.medianMs != null && result.warmMedianMs != null ? result.medianMs - result.warmMedianMs : null
    checks.push({ target: 'server-side cold load of the 5,000-idea room: cold minus warm connect-to-synced (ms)', ours, limit: 200, met: ours === null ? null : ours < 200 })
  }
  const client = results.client?.outcome
  if (client?.ok) {
    const interactive = medianOfRuns(client.value.interactiveMs)
    const batch = medianOfRuns(client.value.batchAppliedMs)
    checks.push({ target: 'board interactive at 2,000 ideas (ms)', ours: interactive, limit: 2000, met: interactive === null ? null : interactive < 2000 })
    checks.push({ target: 'remote batch of 100 ideas applied (ms)', ours: batch, limit: 50, met: batch === null ? null : batch < 50 })
  }
  return checks
}
