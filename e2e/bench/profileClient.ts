// Profiles the canvas on a generated board with Chrome's sampling profiler (CDP), on an
// unminified build: opening the board until a card opens for editing, and a remote batch of
// ideas becoming cards. Writes two .cpuprofile files (open them in Chromium's DevTools) and
// prints the functions with the most self time in each.
//   npx tsx e2e/bench/profileClient.ts [--ideas 2000] [--batch 100] [--out-dir <directory>]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type CDPSession, chromium } from 'playwright-core'
import { freePort } from '../../server/bench/targets/childServer.ts'
import { startRoundtable } from '../../server/bench/targets/roundtable.ts'
import type { Peer } from '../../server/test/clients.ts'
import { chromiumArgs, chromiumPath, repoRoot } from '../harness/config.ts'
import { placeCards, seededBoard, untilInteractive, VIEWPORT } from './benchBoard.ts'
import { addBatch } from './seedBoard.ts'

const PROBE = fileURLToPath(new URL('./pageProbe.js', import.meta.url))

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

const args = new Map<string, string>()
for (let i = 2; i + 1 < process.argv.length; i += 2) args.set(process.argv[i] as string, process.argv[i + 1] as string)
const ideas = Number(args.get('--ideas') ?? 2000)
const batchSize = Number(args.get('--batch') ?? 100)
const outDir = args.get('--out-dir') ?? tmpdir()

const builtDir = mkdtempSync(join(tmpdir(), 'roundtable-profile-build-'))
log('building the client, unminified')
const built = spawnSync('npx', ['vite', 'build', '--outDir', builtDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' })
if (built.status !== 0) throw new Error(`the client build failed with ${built.status}`)
const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-profile-data-'))
const port = await freePort()
const server = await startRoundtable({ root: repoRoot, dataDir, port, env: { CLIENT_DIR: builtDir } })
let browser: Browser | null = null
const peers: Peer[] = []
try {
  const seeded = await seededBoard(port, ideas, 'Client profile')
  peers.push(seeded.writer)
  const { board, url: boardUrl } = seeded
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  const storageState = await placeCards(browser, seeded, ideas, 'Profile')

  const context = await browser.newContext({ viewport: VIEWPORT, storageState })
  await context.addInitScript({ path: PROBE })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(boardUrl)
  await untilInteractive(page)
  const opened = await page.evaluate(() => window.benchProbe.figures)
  await save(cdp, 'open', `boardData ${Math.round(opened.boardDataAt ?? 0)} ms, first card ${Math.round(opened.firstCardAt ?? 0)} ms, editing ${Math.round(opened.firstEditingAt ?? 0)} ms`)
  await page.waitForTimeout(3000)

  await cdp.send('Profiler.start')
  await page.evaluate(([marker, count]) => window.benchProbe.armBatch(marker, `shape:idea-${marker}`, count), ['profile-batch-', batchSize] as const)
  addBatch(board, 'profile-batch-', batchSize)
  await page.waitForFunction(() => window.benchProbe.figures.batchDoneAt !== null, undefined, { timeout: 60_000 })
  await page.waitForTimeout(500)
  const batch = await page.evaluate(() => window.benchProbe.figures)
  await save(cdp, 'batch', `batch ${Math.round((batch.batchDoneAt ?? 0) - (batch.batchArrivedAt ?? 0))} ms`)
  await context.close()
} finally {
  for (const peer of peers) peer.destroy()
  await browser?.close()
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(builtDir, { recursive: true, force: true })
}
process.exit(0)

async function save(cdp: CDPSession, name: string, summary: string): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  const file = join(outDir, `roundtable-${name}.cpuprofile`)
  writeFileSync(file, JSON.stringify(profile))
  log(`${name}: ${summary}; profile in ${file}`)
  for (const line of topSelfTime(profile, 25)) log(`  ${line}`)
}

/** Self time per function (name, file, line), most first. */
function topSelfTime(profile: Profile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i] as number)
    if (!node) continue
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`)
}

function log(line: string): void {
  process.stdout.write(`[client profile] ${line}\n`)
}
