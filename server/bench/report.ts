// Renders RESULTS.md from the stored figures: the machine, a table per workload with each
// server's figures and ours divided by each peer's, whether the issue's targets are met,
// and how everything was measured.
import type { Machine } from './machine.ts'
import { targetsSection } from './issueTargets.ts'
import { comparisonTable, formatNumber, type Figure, type MetricRow } from './resultsTable.ts'
import { figuresOf, OURS, type PartRecord, type Results } from './results.ts'
import { medianOfRuns } from './stats.ts'
import type { ColdLoadResult } from './workloads/coldLoad.ts'
import type { IdleRoomsResult } from './workloads/idleRooms.ts'
import type { PropagationResult } from './workloads/propagation.ts'
import type { SustainedWritesResult } from './workloads/sustainedWrites.ts'

const KB = 1024
const MB = 1024 * 1024

/** `before`: Roundtable's figures before a change (--before), shown beside the targets. */
export function renderReport(results: Results, before: Results = {}): string {
  const records = [results.propagation, results['idle-rooms'], results['cold-load'], results['sustained-writes'], results.client].filter(
    (record): record is NonNullable<typeof record> => record !== undefined,
  )
  const sections = [
    '# Benchmark results',
    warning(records),
    machineSection(records),
    'Run with `npm run bench` (about 12 minutes; `-- --quick` for a smoke run of about 5; `-- --only <part>` for one part, whose ' +
      'figures replace that part’s in results.json; `-- --roundtable <dir>` to measure another checkout, and with `--before` to keep its ' +
      'figures as the “before” of a change, shown beside the targets). ' +
      'Each ratio is **Roundtable’s figure divided by that peer’s**: below 1.00× means Roundtable’s number is smaller, ' +
      'which is better for every figure here except frames per second.',
    targetsSection(results, before),
    propagationSection(results.propagation),
    idleRoomsSection(results['idle-rooms']),
    coldLoadSection(results['cold-load']),
    sustainedWritesSection(results['sustained-writes']),
    clientSection(results.client),
    METHOD,
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

interface RunInfo {
  ranAt: string
  quick: boolean
  machine: Machine
  roundtable?: string
}

function warning(records: RunInfo[]): string {
  const quick = records.some((record) => record.quick)
  const busy = records.some((record) => record.machine.loadAverage > record.machine.cores)
  if (!quick && !busy) return ''
  const what = quick ? 'a smoke run (`--quick`: one run each, 10 s of writing)' : 'a full run'
  const where = busy ? ' on a busy machine shared with other work (see the load averages below)' : ''
  return `> **These figures are ${what}${where}. They show that the harness works end to end; they are not a measurement to compare or quote.**`
}

function machineSection(records: RunInfo[]): string {
  const first = records[0]
  if (!first) return 'No part has run yet.'
  const { machine } = first
  const loads = [...records]
    .sort((a, b) => a.ranAt.localeCompare(b.ranAt))
    .map((record) => `${record.ranAt.slice(0, 16).replace('T', ' ')}: ${record.machine.loadAverage}`)
    .join('; ')
  return [
    '## Machine',
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- Node.js ${machine.node}`,
    `- 1-minute load average when each part started (UTC): ${loads}`,
    `- Roundtable measured: ${[...new Set(records.map((record) => record.roundtable ?? 'not recorded'))].join('; ')}`,
  ].join('\n')
}

function serversOf<T>(record: PartRecord<T>): string[] {
  const names = Object.keys(record.servers)
  return [OURS, ...names.filter((name) => name !== OURS)].filter((name) => name in record.servers)
}


/** A row of one figure per server; a server that failed shows why. */
function row<T>(record: PartRecord<T>, metric: string, pick: (value: T) => Figure, compare = true): MetricRow {
  const values: Record<string, Figure> = {}
  for (const [server, outcome] of Object.entries(record.servers)) values[server] = outcome.ok ? pick(outcome.value) : outcome.reason
  return { metric, values, compare }
}

/** A row that only describes the run (a count, a yes/no): no ratios. */
function fact<T>(record: PartRecord<T>, metric: string, pick: (value: T) => Figure): MetricRow {
  return row(record, metric, pick, false)
}

const yesNo = (ok: boolean): string => (ok ? 'yes' : '**NO**')

function propagationSection(record: PartRecord<PropagationResult[]> | undefined): string {
  if (!record) return ''
  const servers = serversOf(record)
  const clientCounts = [...new Set(Object.values(record.servers).flatMap((outcome) => (outcome.ok ? outcome.value.map((r) => r.clients) : [])))]
  const rows: MetricRow[] = []
  for (const clients of clientCounts) {
    const at = (results: PropagationResult[]) => results.find((result) => result.clients === clients)
    rows.push(
      row(record, `N = ${clients}: p50 latency (ms)`, (results) => at(results)?.p50Ms ?? null),
      row(record, `N = ${clients}: p99 latency (ms)`, (results) => at(results)?.p99Ms ?? null),
      row(record, `N = ${clients}: server CPU per edit (µs)`, (results) => at(results)?.serverCpuMicrosPerEdit ?? null),
      fact(record, `N = ${clients}: edits per second achieved`, (results) => at(results)?.editsPerSecond ?? null),
      fact(record, `N = ${clients}: load generator CPU (%)`, (results) => at(results)?.generatorCpuPercent ?? null),
      fact(record, `N = ${clients}: everyone converged`, (results) => {
        const result = at(results)
        return result ? yesNo(result.converged) : null
      }),
    )
  }
  return [
    '## 1. One busy room: propagation latency and CPU',
    `${record.quick ? 'One window of 3 s' : 'Median of three 5 s windows'} after ${record.quick ? '1 s' : '2 s'} of warm-up, per N. ` +
      'Each client edits twice a second (a map entry holding its clock) and updates its awareness once a second. ' +
      'Latency is the receiver’s clock minus the sender’s clock stamped in the edit, at 16 receivers spread over the room ' +
      '(never the sender itself, although the peers echo edits back to their senders). CPU per edit is the server process’s ' +
      'user + system time from /proc over the window divided by the edits sent in it, so it includes the awareness traffic and the fan-out. ' +
      'Edits per second below 2 × N, or a load generator near 100 % CPU, mean the load generator (one Node process on the same machine) ' +
      'was the bottleneck, not the server. Before the first server’s windows, the load generator runs the workload at N = 200 for 8 s (2 s with --quick), ' +
      'unrecorded, against a throwaway server: every later server follows the one before it at N = 200, and without this the server ' +
      'measured first was timed by a load generator whose code was not yet optimised nor its heap grown (its latency at N = 10 ' +
      'and the generator’s CPU came out higher than the same server’s measured after a peer).',
    comparisonTable({ servers, ours: OURS, rows }),
  ].join('\n\n')
}

function idleRoomsSection(record: PartRecord<IdleRoomsResult> | undefined): string {
  if (!record) return ''
  const first = Object.values(record.servers).map(figuresOf).find((result) => result !== null)
  const rows = [
    row(record, 'heap per room (KB)', (result) => result.heapPerRoom / KB),
    row(record, 'heap per connection (KB)', (result) => result.heapPerConnection / KB),
    row(record, 'RSS per room (KB)', (result) => result.rssPerRoom / KB),
    row(record, 'RSS per connection (KB)', (result) => result.rssPerConnection / KB),
    row(record, 'RSS with every client connected (MB)', (result) => result.rssTotal / MB),
    fact(record, 'two editors converged', (result) => yesNo(result.converged)),
  ]
  return [
    '## 2. Idle rooms: memory per room and per connection',
    `${first?.rooms ?? 1000} rooms, ${first ? first.connections / first.rooms : 3} raw clients each (one socket per client, one awareness state each), then idle for ` +
      `${record.quick ? 2 : 5} s before each reading. Memory is read three times, each after two full GCs run inside the server ` +
      '(node --expose-gc, SIGUSR2 handler preloaded into every server): with the rooms made but nobody connected, with one client per room, ' +
      'and with all clients. Per connection = growth from one to three clients per room ÷ clients added; per room = growth from none to one ' +
      'client per room ÷ rooms, minus one connection. “Heap” is V8 heap used + external (buffers); RSS is what the OS holds and includes ' +
      'memory the allocator keeps after a GC, so it is the noisier of the two. Roundtable loads a room when its first client joins; these clients ' +
      'join the board document only, so the facilitation session’s document is not made, and a board nobody has edited since it was ' +
      'loaded is held as its stored bytes, not as a Y.Doc (see LazyDocument.ts).',
    comparisonTable({ servers: serversOf(record), ours: OURS, rows }),
  ].join('\n\n')
}

function coldLoadSection(record: PartRecord<ColdLoadResult> | undefined): string {
  if (!record) return ''
  const first = Object.values(record.servers).map(figuresOf).find((result) => result !== null)
  const rows = [
    row(record, 'connect to whole board, median (ms)', (result) => result.medianMs),
    row(record, 'each run (ms)', (result) => result.runsMs.map((ms) => formatNumber(ms)).join(' / ')),
    row(record, 'the same with the room already in memory, median (ms)', (result) => result.warmMedianMs ?? null),
    row(record, 'so loading from storage took about (ms)', (result) =>
      result.medianMs !== null && result.warmMedianMs !== null ? result.medianMs - result.warmMedianMs : null,
    ),
    fact(record, 'bytes received (MB)', (result) => result.receivedBytes / MB),
    fact(record, 'every idea arrived', (result) => (result.converged ? 'yes' : `**NO**: ${result.problem ?? 'not every idea arrived'}`)),
    fact(record, 'writing the history in, both rooms (s, not a target)', (result) => result.replayMs / 1000),
  ]
  const history = first ? `${formatNumber(first.ideas)} ideas made by ${formatNumber(first.historyUpdates)} updates (${formatNumber(first.historyBytes / MB)} MB)` : '5,000 ideas'
  return [
    '## 3. Cold load of a big board',
    `A board of ${history}: each idea added, given a card, its words edited twice, its card moved, a third of them put in one of 12 themes, ` +
      'by 40 people. The updates are written into the server one by one over the wire and the server is stopped cleanly; then, ' +
      `${record.quick ? 'once' : 'three times'}, the server is started again (so the room is not in memory), a room holding a tenth of ` +
      'the same board is opened first so the server’s code is warm, as on a server that has been up a while, and a newcomer connects: ' +
      'the time runs from just before its socket opens to the arrival of the message that completes its copy (checked against the ' +
      'board’s state vector), so it includes the server loading the room from storage, encoding it and sending it, but not the newcomer ' +
      'applying the last message. The y-websocket server answers before its LevelDB load finishes and sends the stored board afterwards ' +
      'as an update; that is counted the same way. Right after each cold load, while the first newcomer stays connected (so every ' +
      'server keeps the room in memory), a second newcomer is timed the same way: the difference is the server-side cost of loading ' +
      'from storage, the figure the issue’s 200 ms target is about.',
    comparisonTable({ servers: serversOf(record), ours: OURS, rows }),
  ].join('\n\n')
}

function sustainedWritesSection(record: PartRecord<SustainedWritesResult> | undefined): string {
  if (!record) return ''
  const first = Object.values(record.servers).map(figuresOf).find((result) => result !== null)
  const rows = [
    row(record, 'bytes written to storage per update byte', (result) => result.writeAmplification),
    row(record, 'data directory growth per update byte', (result) => result.growthAmplification),
    fact(record, 'update bytes in the window (KB)', (result) => result.updateBytes / KB),
    fact(record, 'edits an onlooker had seen at the SIGKILL', (result) => result.seen),
    fact(record, 'of those, lost after restarting', (result) => result.lost),
    fact(record, 'reloaded room holds what the onlooker saw', (result) => yesNo(result.converged)),
  ]
  return [
    '## 4. Sustained writing, then SIGKILL',
    `${first ? `${Math.round(first.durationMs / 1000)} s` : 'One minute'} of 20 people typing into one room, 5 edits a second each ` +
      '(each edit a numbered token typed at the end of the person’s own text, about 20 bytes of update). Bytes written to storage are the ' +
      'server process’s write_bytes from /proc/<pid>/io over the window (counted when a page of the page cache is dirtied; a page rewritten ' +
      'while still dirty is not counted again, so this is a lower bound); the data directory’s growth is shown too. Then, with everyone ' +
      'still typing, the server is killed with SIGKILL. An onlooker (a full Y.Doc client) records what it had seen; after a restart a ' +
      'newcomer loads the room and every seen token is looked for. The in-memory y-websocket server keeps nothing and is left out.',
    comparisonTable({ servers: serversOf(record), ours: OURS, rows }),
  ].join('\n\n')
}

function clientSection(record: Results['client']): string {
  if (!record) return ''
  const heading = '## 5. The board in a browser'
  if (!record.outcome.ok) return `${heading}\n\nThe client benchmark failed: ${record.outcome.reason}`
  const result = record.outcome.value
  const median = (runs: number[]) => formatNumber(medianOfRuns(runs) ?? Number.NaN)
  const runs = (values: number[]) => values.map((v) => formatNumber(v)).join(' / ')
  const table = [
    '| figure | median | each run |',
    '| --- | --- | --- |',
    `| navigation to the board’s data arriving (ms) | ${median(result.boardDataMs ?? [])} | ${runs(result.boardDataMs ?? [])} |`,
    `| navigation to the first idea card shown (ms) | ${median(result.cardsShownMs)} | ${runs(result.cardsShownMs)} |`,
    `| navigation to an interactive board (ms) | ${median(result.interactiveMs)} | ${runs(result.interactiveMs)} |`,
    ...(result.reopenedInteractiveMs
      ? [`| the same, the same browser opening the board again (ms) | ${median(result.reopenedInteractiveMs)} | ${runs(result.reopenedInteractiveMs)} |`]
      : []),
    ...(result.smallBoard
      ? [
          `| the same, fresh browser, a board of ${formatNumber(result.smallBoard.ideas)} ideas (ms) | ${median(result.smallBoard.interactiveMs)} | ${runs(result.smallBoard.interactiveMs)} |`,
        ]
      : []),
    `| frames per second while panning | ${median(result.panFps)} | ${runs(result.panFps)} |`,
    `| longest frame while panning (ms) | ${median(result.panLongestFrameMs)} | ${runs(result.panLongestFrameMs)} |`,
    `| remote batch of ${result.batch} ideas applied (ms) | ${median(result.batchAppliedMs)} | ${runs(result.batchAppliedMs)} |`,
  ].join('\n')
  return [
    heading,
    `${result.chromium}, headless, software rendering (--disable-gpu), 1280 × 800, against the production build and the real server, on a ` +
      `board of ${formatNumber(result.ideas)} ideas written through a Y.Doc client (their cards placed by a first visit, as the first ` +
      `person to open a board does). ${result.runs === 1 ? 'One run' : `Median of ${result.runs} runs`}, each in a fresh browser context ` +
      '(empty cache) that already chose how to appear. **Interactive** = the canvas shows idea cards and answers a key press: once ' +
      'a card is in the DOM, Enter is pressed on “Add an idea” (focused as Tab would) and the time is when the new card opens for ' +
      'writing (Playwright’s round trips between those steps are included). After the batch, the same page opens the board again ' +
      '(the browser has its code cached). The **small board** is measured the same way in fresh contexts: what starting the app ' +
      'and tldraw costs, whatever the board holds. **Panning**: frames counted with requestAnimationFrame ' +
      'during 3 s of scripted mouse-wheel panning, down and back up. **Remote batch**: another client adds ' +
      `${result.batch} ideas in one transaction; inside the page, from the arrival of that update on the WebSocket to the moment the ` +
      `${result.batch}th new card is in the DOM (the page places their cards itself).`,
    table,
  ].join('\n\n')
}

const METHOD = `## Method

- **Servers**, each started alone on 127.0.0.1 as a child process (\`node --expose-gc --import tsx --import server/bench/peers/memoryProbe.ts …\`), with a fresh data directory in the system temp folder, one after another:
  - **Roundtable (SQLite)**: \`server/src/main.ts\`, as in production, \`LOG_LEVEL=warn\`, with the abuse limits raised for the load generator (\`MAX_CONNECTIONS_PER_ADDRESS\`, \`MAX_LIVE_ROOMS\`, \`MAX_MESSAGES_PER_SECOND\`, \`ROOMS_PER_ADDRESS_PER_HOUR\`). Rooms are made with \`POST /api/rooms\`. Clients join \`/ws/<room id>\` (the board document only).
  - **y-websocket-server 0.1.1 (memory / LevelDB)**: its own bin script \`src/server.js\`, with \`YPERSISTENCE=<dir>\` for LevelDB through y-leveldb (server/bench/peers/yWebsocketServer.ts adds only a SIGTERM handler that lets LevelDB finish its pending writes before exiting).
  - **Hocuspocus 3.4.4 (SQLite)**: \`new Server({ extensions: [new SQLite({ database: <file> })] })\` with its default store debounce (2 s, at most 10 s) (server/bench/peers/hocuspocusServer.ts).
- **Load generator**: one Node process (this one) with raw protocol clients over \`ws\` (server/bench/load/RawClient.ts): each keeps only a tiny Y.Doc of its own to make edits, so hundreds fit in one process; received frames are only decoded where a figure needs them. For Hocuspocus the same client speaks its dialect (server/bench/load/wire.ts): every message prefixed with the document name, an authentication message (empty token) first, and the server’s per-update sync-status acknowledgements ignored.
- **Convergence**: two full Y.Doc clients (the stock y-websocket provider, or Hocuspocus’s own provider for Hocuspocus) join each workload’s room and must end with identical documents holding every client’s last edit.
- **Medians**: latency figures are medians over windows, cold loads over restarts; \`--quick\` takes one of each. Memory and storage figures are single readings.
- **Caveats**: everything, load generator included, shares the machine’s cores, so at N = 200 the load generator itself limits the rate (see its CPU row). CPU time comes from /proc/<pid>/stat in clock ticks (10 ms).`
