// The client benchmark: Chromium on a generated board of 2,000 ideas, against the production
// build and the real server. Measures navigation to an interactive board (in a fresh browser,
// and again in the same browser), frames per second while panning, and how long a remote batch
// of 100 ideas takes to become cards; and, beside them, navigation to an interactive board of
// 20 ideas, which is what starting the app and tldraw costs by itself. Reported in
// server/bench/RESULTS.md through `npm run bench`; never asserted in tests.
// What "a card" means since a big board stopped rendering every card in full (the probe is
// unchanged): the canvas puts the cards in view into tldraw's store first and the others in
// slices after, so cardsShown and interactive are when the first cards show and answer, not
// when the farthest card is in; and a card out of view is tldraw's element for the shape
// with an empty box inside, filled in when it scrolls into view. The batch is still timed to
// its 100th card element: those cards are on the canvas (in the store, selectable), placed
// below the board and so out of view, as they would be for the person watching.
//   npx tsx e2e/bench/clientBench.ts [--ideas 2000] [--batch 100] [--runs 3] [--client-dir dist/client]
//     [--roundtable <checkout to measure, this one by default>] [--out figures.json]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { freePort } from '../../server/bench/targets/childServer.ts'
import { startRoundtable } from '../../server/bench/targets/roundtable.ts'
import type { Peer } from '../../server/test/clients.ts'
import { chromiumArgs, chromiumPath, repoRoot } from '../harness/config.ts'
import { placeCards, seededBoard, untilInteractive, VIEWPORT } from './benchBoard.ts'
import { addBatch } from './seedBoard.ts'

const PROBE = fileURLToPath(new URL('./pageProbe.js', import.meta.url))
const PAN_MS = 3000
/** The small board, measured to show what starting the app and tldraw costs by itself. */
const SMALL_BOARD_IDEAS = 20

interface Figures {
  boardDataAt: number | null
  firstCardAt: number | null
  firstEditingAt: number | null
  batchArrivedAt: number | null
  batchDoneAt: number | null
  frames: { count: number; longestMs: number; ms: number } | null
}

/** What pageProbe.js puts on the page's window. */
declare global {
  interface Window {
    benchProbe: {
      figures: Figures
      armBatch(marker: string, shapePrefix: string, count: number): void
      startFrames(): void
      stopFrames(): void
    }
  }
}

interface Options {
  ideas: number
  batch: number
  runs: number
  clientDir: string | null
  root: string
  out: string | null
}

const options = parseArgs(process.argv.slice(2))
const builtDir = options.clientDir ? null : mkdtempSync(join(tmpdir(), 'roundtable-bench-build-'))
const clientDir = options.clientDir ? resolve(options.clientDir) : build(options.root, builtDir as string)
const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-data-'))
const port = await freePort()
const server = await startRoundtable({ root: options.root, dataDir, port, env: { CLIENT_DIR: clientDir } })
let browser: Browser | null = null
const peers: Peer[] = []
try {
  log(`writing ${options.ideas} ideas`)
  const seeded = await seededBoard(port, options.ideas, 'Client benchmark')
  peers.push(seeded.writer)
  const { board, url: boardUrl } = seeded
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  log('first visit: placing the cards')
  const storageState = await placeCards(browser, seeded, options.ideas, 'Bench')

  const figures = {
    boardDataMs: [] as number[],
    cardsShownMs: [] as number[],
    interactiveMs: [] as number[],
    reopenedInteractiveMs: [] as number[],
    panFps: [] as number[],
    panLongestFrameMs: [] as number[],
    batchAppliedMs: [] as number[],
  }
  for (let run = 0; run < options.runs; run++) {
    log(`run ${run + 1} of ${options.runs}`)
    const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, storageState })
    try {
      await context.addInitScript({ path: PROBE })
      const page = await context.newPage()
      const read = () => page.evaluate(() => window.benchProbe.figures)
      await page.goto(boardUrl)
      await untilInteractive(page)
      const loaded = await read()
      figures.boardDataMs.push(loaded.boardDataAt ?? Number.NaN)
      figures.cardsShownMs.push(loaded.firstCardAt ?? Number.NaN)
      figures.interactiveMs.push(loaded.firstEditingAt ?? Number.NaN)

      // Panning with the mouse wheel, as on a laptop's touchpad, down and back up.
      await page.mouse.move(VIEWPORT.width / 3, VIEWPORT.height / 2)
      const firstCardTop = () => page.evaluate(() => document.querySelector('.idea-card')?.getBoundingClientRect().top ?? null)
      const topBefore = await firstCardTop()
      await page.evaluate(() => window.benchProbe.startFrames())
      const panUntil = Date.now() + PAN_MS
      for (let step = 0; Date.now() < panUntil; step++) {
        await page.mouse.wheel(0, Math.floor(step / 40) % 2 === 0 ? 40 : -40)
        await page.waitForTimeout(16)
        if (step === 20 && (await firstCardTop()) === topBefore) throw new Error('the mouse wheel did not pan the canvas')
      }
      await page.evaluate(() => window.benchProbe.stopFrames())
      const frames = (await read()).frames
      figures.panFps.push(frames ? frames.count / (frames.ms / 1000) : Number.NaN)
      figures.panLongestFrameMs.push(frames?.longestMs ?? Number.NaN)

      const prefix = `bench-batch-${run}-`
      await page.evaluate(([marker, count]) => window.benchProbe.armBatch(marker, `shape:idea-${marker}`, count), [prefix, options.batch] as const)
      addBatch(board, prefix, options.batch)
      await page.waitForFunction(() => window.benchProbe.figures.batchDoneAt !== null, undefined, { timeout: 60_000 })
      const batch = await read()
      figures.batchAppliedMs.push((batch.batchDoneAt ?? Number.NaN) - (batch.batchArrivedAt ?? Number.NaN))

      // The same browser opening the board again: its code is in the browser's cache.
      await page.goto(boardUrl)
      await untilInteractive(page)
      figures.reopenedInteractiveMs.push((await read()).firstEditingAt ?? Number.NaN)
    } finally {
      await context.close()
    }
  }

  // What the board's size costs, apart from starting the app and tldraw: the same measure on a
  // board of a few ideas.
  log(`a board of ${SMALL_BOARD_IDEAS} ideas`)
  const small = await seededBoard(port, SMALL_BOARD_IDEAS, 'Client benchmark, small board')
  peers.push(small.writer)
  const smallState = await placeCards(browser, small, SMALL_BOARD_IDEAS, 'Bench', storageState)
  const smallBoardInteractiveMs: number[] = []
  for (let run = 0; run < options.runs; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT, storageState: smallState })
    try {
      await context.addInitScript({ path: PROBE })
      const page = await context.newPage()
      await page.goto(small.url)
      await untilInteractive(page)
      smallBoardInteractiveMs.push((await page.evaluate(() => window.benchProbe.figures)).firstEditingAt ?? Number.NaN)
    } finally {
      await context.close()
    }
  }
  const result = {
    ideas: options.ideas,
    batch: options.batch,
    runs: options.runs,
    ...figures,
    smallBoard: { ideas: SMALL_BOARD_IDEAS, interactiveMs: smallBoardInteractiveMs },
    chromium: `Chromium ${browser.version()}`,
  }
  log(JSON.stringify(result))
  if (options.out) writeFileSync(options.out, JSON.stringify(result))
} finally {
  for (const peer of peers) peer.destroy()
  await browser?.close()
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
  if (builtDir) rmSync(builtDir, { recursive: true, force: true })
}
process.exit(0)

/** Builds the client into a directory of its own, so the checkout's dist/ is left alone. */
function build(root: string, outDir: string): string {
  log('building the client')
  const started = Date.now()
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`the client build failed with ${result.status}`)
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`)
  return outDir
}

function parseArgs(argv: string[]): Options {
  const parsed: Options = { ideas: 2000, batch: 100, runs: 3, clientDir: null, root: repoRoot, out: null }
  for (let i = 0; i < argv.length; i++) {
    const value = argv[++i]
    if (value === undefined) throw new Error(`${argv[i - 1]} needs a value`)
    switch (argv[i - 1]) {
      case '--ideas':
        parsed.ideas = Number(value)
        break
      case '--batch':
        parsed.batch = Number(value)
        break
      case '--runs':
        parsed.runs = Number(value)
        break
      case '--client-dir':
        parsed.clientDir = value
        break
      case '--roundtable':
        parsed.root = resolve(value)
        break
      case '--out':
        parsed.out = value
        break
      default:
        throw new Error(`unknown option ${argv[i - 1]}`)
    }
  }
  return parsed
}

function log(line: string): void {
  process.stdout.write(`[client bench] ${line}\n`)
}
