// Turning ideas into themes with the group, and outcomes people can keep: a facilitator
// accepts suggested themes, a participant moves an idea with the keyboard only, and every
// downloaded file parses (and the backup restores into a new room).
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killAllServers, removeDir, type ServerProcess, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { addIdea, ideaCards, joinBoard, startRoom } from './harness/board.ts'

const IDEAS = [
  'Tell us how long the wait will be',
  'Text me when it is nearly my turn to be seen',
  'A quiet room to wait in',
  'Say hello and say your name',
  'Listen to me and look at me, not the computer',
  'Ask me what matters to me',
]

/** Theme name → the ideas the Themes panel lists under it. */
async function themesSeenBy(page: Page): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {}
  for (const theme of await page.getByTestId('themes-panel').getByTestId('theme').all()) {
    const name = ((await theme.locator('h3').first().textContent()) ?? '').trim()
    seen[name] = (await theme.getByTestId('theme-idea').locator('.theme-idea-text').allTextContents()).map((text) => text.trim())
  }
  return seen
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  return readFileSync(await file.path())
}

/** A small RFC 4180 reader: quoted cells, doubled quotes, commas and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '')
    else cell += char
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

describe('themes and outcomes', () => {
  let server: ServerProcess
  let browser: Browser
  let fran: Person
  let pat: Person

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    fran = await browser.person()
    pat = await browser.person()
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('clusters ideas into themes with the group and exports files that parse', async () => {
    const room = await startRoom(fran.page, server.url, { title: 'Clinic, kindly', question: 'What would make the clinic feel kind?' })
    await fran.page.goto(room.facilitatorLink)
    await joinBoard(fran.page, 'Fran')
    await pat.page.goto(room.participantLink)
    await joinBoard(pat.page, 'Pat')
    for (const idea of IDEAS) await addIdea(pat.page, idea)
    await expect.poll(() => ideaCards(fran.page)).toEqual(expect.arrayContaining(IDEAS))

    // The facilitator asks for suggestions and accepts them all.
    const panel = fran.page.getByTestId('facilitate-panel')
    await panel.getByRole('button', { name: 'Suggest themes' }).click()
    await panel.getByTestId('suggestion').first().waitFor()
    await panel.getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(async () => Object.values(await themesSeenBy(pat.page)).flat().sort()).toEqual([...IDEAS].sort())
    const themes = await themesSeenBy(pat.page)
    expect(Object.keys(themes).length).toBeGreaterThanOrEqual(2)

    // Pat moves one idea to another theme with the keyboard alone.
    const idea = IDEAS[2]!
    const from = Object.keys(themes).find((name) => themes[name]!.includes(idea))!
    const to = Object.keys(themes).find((name) => name !== from)!
    await pat.page.getByTestId('themes-panel').getByRole('button', { name: `Move “${idea}” to a theme` }).focus()
    await pat.page.keyboard.press('Enter')
    const dialog = pat.page.getByTestId('move-to-theme-dialog')
    await dialog.waitFor()
    await dialog.getByRole('radio', { name: to }).focus()
    await pat.page.keyboard.press('Space')
    await pat.page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(async () => (await themesSeenBy(fran.page))[to]).toContain(idea)
    expect((await themesSeenBy(fran.page))[from] ?? []).not.toContain(idea)
    const finalThemes = await themesSeenBy(fran.page)

    // Every file parses and says the same as the board.
    const outcomes = fran.page.getByTestId('outcomes')
    await outcomes.scrollIntoViewIfNeeded()
    const csv = parseCsv((await download(fran.page, 'Download CSV')).toString('utf8').replace(/^\uFEFF/, ''))
    expect(csv[0]).toEqual(['idea', 'picture', 'theme', 'votes', 'created_at'])
    const rows = csv.slice(1)
    expect(rows.map((row) => row[0]).sort()).toEqual([...IDEAS].sort())
    for (const row of rows) expect(finalThemes[row[2]!]).toContain(row[0])

    const markdown = (await download(fran.page, 'Download Markdown')).toString('utf8')
    for (const name of Object.keys(finalThemes)) expect(markdown).toContain(`## ${name}`)

    const backupBytes = await download(fran.page, 'Download JSON backup')
    const backup = JSON.parse(backupBytes.toString('utf8')) as { format: string; version: number }
    expect(backup).toMatchObject({ format: 'roundtable-backup', version: 1 })

    const png = await download(fran.page, 'Download picture (PNG)')
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const svg = (await download(fran.page, 'Download picture (SVG)')).toString('utf8')
    expect(svg).toMatch(/<svg[\s>]/)

    // The backup starts a new room holding the same board.
    const restorer = await browser.person()
    await restorer.page.goto(server.url)
    await restorer.page.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backupBytes })
    await restorer.page.getByTestId('restore-form').getByRole('button', { name: 'Restore the room' }).click()
    const restoredLink = (await restorer.page.getByTestId('participant-link').textContent())?.trim() ?? ''
    expect(restoredLink).not.toBe(room.participantLink)
    await restorer.page.goto(restoredLink)
    await joinBoard(restorer.page, 'Rae')
    await expect.poll(() => themesSeenBy(restorer.page)).toEqual(finalThemes)

    expect(browser.foreignRequests).toEqual([])
    for (const person of [fran, pat, restorer]) expect(person.errors).toEqual([])
  })

  it('shows an easy-read summary with a picture beside every idea', async () => {
    await pat.page.getByTestId('themes-panel').getByRole('link', { name: 'Easy-read summary' }).click()
    await pat.page.getByRole('button', { name: 'Print' }).waitFor()
    const text = (await pat.page.locator('main').textContent()) ?? ''
    for (const idea of IDEAS) expect(text).toContain(idea)
  })
})
