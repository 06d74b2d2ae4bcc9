// The client benchmark's and profiler's shared steps: a room seeded with ideas through a Y.Doc
// client, a first visit that places their cards, and waiting for the board to answer a key.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { Board } from '@roundtable/shared'
import { connectPeer, createRoom, synced, waitFor, type Peer } from '../../server/test/clients.ts'
import { joinBoard } from '../harness/board.ts'
import { seedIdeas } from './seedBoard.ts'

export const VIEWPORT = { width: 1280, height: 800 }

export interface SeededBoard {
  board: Board
  /** The board's canvas address. */
  url: string
  /** The writing client; the caller destroys it. */
  writer: Peer
}

/** A new room on the server at `port` holding `ideas` ideas, written and sent. */
export async function seededBoard(port: number, ideas: number, title: string): Promise<SeededBoard> {
  const origin = `http://127.0.0.1:${port}`
  const room = await createRoom(origin, { title })
  const writer = connectPeer(`ws://127.0.0.1:${port}/ws`, room.id)
  await synced(writer)
  const board = new Board(writer.doc)
  seedIdeas(board, ideas)
  await waitFor(() => writer.provider.synced, 30_000, 'the ideas to be sent')
  return { board, url: `${origin}/r/${room.id}/canvas`, writer }
}

/**
 * The first visit chooses how to appear and, as the first person to open a board does,
 * places a card for every idea. Returns its browser storage, for later visits to reuse.
 */
export async function placeCards(
  browser: Browser,
  seeded: SeededBoard,
  ideas: number,
  name: string,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const first = await browser.newContext({ viewport: VIEWPORT, ...(storageState && { storageState }) })
  const page = await first.newPage()
  await page.goto(seeded.url)
  await joinBoard(page, name)
  await waitFor(() => seeded.board.canvasMap.size >= ideas, 120_000, 'every idea to get a card')
  const state = await first.storageState()
  await first.close()
  return state
}

/**
 * Waits for the board to be interactive: cards are shown, and a key press is answered on the
 * canvas. Enter on "Add an idea" (focused as Tab would) opens a new card for writing; the time
 * is when it opens (pageProbe.js). Escape then leaves it.
 */
export async function untilInteractive(page: Page): Promise<void> {
  await page.locator('[data-testid="idea-text"]').first().waitFor({ state: 'attached', timeout: 60_000 })
  await page.getByRole('button', { name: 'Add an idea' }).focus({ timeout: 60_000 })
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => window.benchProbe.figures.firstEditingAt !== null, undefined, { timeout: 60_000 })
  await page.keyboard.press('Escape')
}
