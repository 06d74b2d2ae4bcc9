// What people see when the network or the server lets them down: work done offline
// arrives when they are back, and a server that cannot be reached is said plainly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killAllServers, removeDir, type ServerProcess, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { addIdea, ideaCards, joinBoard, startRoom, waitForConnected } from './harness/board.ts'

describe('connections that drop', () => {
  let server: ServerProcess
  let browser: Browser
  let ana: Person
  let ben: Person
  let roomLink: string

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    ana = await browser.person()
    ben = await browser.person()
    roomLink = (await startRoom(ana.page, server.url)).participantLink
    await ana.page.goto(roomLink)
    await joinBoard(ana.page, 'Ana')
    await ben.page.goto(roomLink)
    await joinBoard(ben.page, 'Ben')
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('keeps ideas added offline and sends them on reconnecting', async () => {
    await ben.context.setOffline(true)
    await ben.page.getByTestId('connection-status').getByText(/^Offline/).waitFor()
    await addIdea(ben.page, 'Written on the bus with no signal')
    await ana.page.waitForTimeout(1_500)
    expect(await ideaCards(ana.page)).not.toContain('Written on the bus with no signal')

    await ben.context.setOffline(false)
    await waitForConnected(ben.page)
    await expect.poll(() => ideaCards(ana.page), { timeout: 10_000 }).toContain('Written on the bus with no signal')
    expect(browser.foreignRequests).toEqual([])
  })

  it('moves and deletes cards for everyone', async () => {
    await addIdea(ana.page, 'Move me')
    await expect.poll(() => ideaCards(ben.page)).toContain('Move me')
    const card = (page: Person['page']) => page.getByTestId('idea-card').filter({ hasText: 'Move me' })
    const before = await card(ben.page).boundingBox()
    const box = await card(ana.page).boundingBox()
    if (!before || !box) throw new Error('card not on screen')

    // Select by clicking the card, then nudge it with the keyboard (no dragging needed).
    await ana.page.mouse.click(box.x + box.width / 2, box.y + box.height - 10)
    for (let i = 0; i < 5; i++) await ana.page.keyboard.press('Shift+ArrowRight')
    await expect.poll(async () => ((await card(ben.page).boundingBox())?.x ?? 0) - before.x).toBeGreaterThan(40)

    await ana.page.keyboard.press('Delete')
    await expect.poll(() => ideaCards(ben.page)).not.toContain('Move me')
    expect(await ideaCards(ben.page)).toContain('Written on the bus with no signal')
  })

  it('says when the server cannot be reached, and recovers when it is back', async () => {
    const cal = await browser.person()
    await cal.page.route('**/api/**', (route) => route.abort('connectionrefused'))
    await cal.page.goto(roomLink)
    await cal.page.getByRole('heading', { name: "Can't reach the Roundtable server" }).waitFor()

    await cal.page.unroute('**/api/**')
    await cal.page.getByRole('button', { name: 'Try again' }).click()
    await joinBoard(cal.page, 'Cal')
    await expect.poll(() => ideaCards(cal.page)).toContain('Written on the bus with no signal')
  })
})
