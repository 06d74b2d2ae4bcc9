// The rest of a facilitator's controls, as participants notice them: the opening voice,
// the timer and "I need more time", a locked board, names on ideas, hiding an idea, and
// co-facilitator links that work until revoked.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killAllServers, removeDir, type ServerProcess, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { addIdea, ideaCards, joinBoard, startRoom } from './harness/board.ts'

const panel = (page: Page) => page.getByTestId('facilitate-panel')

describe('facilitator controls', () => {
  let server: ServerProcess
  let browser: Browser
  let fran: Person
  let pat: Person
  let room: Awaited<ReturnType<typeof startRoom>>

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    fran = await browser.person()
    pat = await browser.person()
    room = await startRoom(fran.page, server.url, { title: 'Youth panel' })
    await fran.page.goto(room.facilitatorLink)
    await joinBoard(fran.page, 'Fran')
    await pat.page.goto(room.participantLink)
    await joinBoard(pat.page, 'Pat')
    await panel(fran.page).waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('shows the opening voice to everyone at Welcome', async () => {
    await panel(fran.page).getByLabel('Welcome words').fill('Hello from the youth council. Thank you for coming.')
    await panel(fran.page).getByRole('button', { name: 'Save welcome words' }).click()
    await pat.page.getByTestId('welcome-panel').getByText('Hello from the youth council').waitFor()
  })

  it('runs a timer everyone sees, and counts who needs more time without saying who', async () => {
    await panel(fran.page).getByLabel('Minutes').fill('3')
    await panel(fran.page).getByRole('button', { name: 'Start timer' }).click()
    await expect.poll(() => pat.page.getByTestId('timer').textContent()).toMatch(/(3:00|2:5\d)/)

    await pat.page.getByRole('button', { name: 'I need more time' }).click()
    await pat.page.getByRole('button', { name: 'Asked for more time' }).waitFor()
    await expect.poll(() => panel(fran.page).getByTestId('more-time-count').textContent()).toContain('1 person asked for more time')
    expect(await panel(fran.page).textContent()).not.toContain('Pat')

    await panel(fran.page).getByRole('button', { name: 'Pause', exact: true }).click()
    await expect.poll(() => pat.page.getByTestId('timer').textContent()).toContain('Paused')
  })

  it('locks the board for participants and unlocks it', async () => {
    await addIdea(pat.page, 'Youth workers in GP surgeries')
    await panel(fran.page).getByRole('button', { name: 'Lock the board' }).click()
    await pat.page.getByTestId('locked-notice').waitFor()
    expect(await pat.page.getByRole('button', { name: 'Add an idea' }).getAttribute('aria-disabled')).toBe('true')

    await panel(fran.page).getByRole('button', { name: 'Unlock the board' }).click()
    await pat.page.getByTestId('locked-notice').waitFor({ state: 'detached' })
    await addIdea(pat.page, 'Appointments after school')
    await expect.poll(() => ideaCards(fran.page)).toEqual(expect.arrayContaining(['Appointments after school']))
  })

  it('shows chosen names on ideas only when the room asks', async () => {
    expect(await fran.page.getByTestId('idea-author').count()).toBe(0)
    await panel(fran.page).getByLabel('Show names on ideas').check()
    await expect.poll(() => fran.page.getByTestId('idea-author').allTextContents()).toContain('Written by Pat')
    await panel(fran.page).getByLabel('Show names on ideas').uncheck()
    await expect.poll(() => fran.page.getByTestId('idea-author').count()).toBe(0)
  })

  it('hides an idea from participants and restores it', async () => {
    const text = 'Youth workers in GP surgeries'
    const card = fran.page.getByTestId('idea-card').filter({ hasText: text })
    const box = await card.boundingBox()
    if (!box) throw new Error('card not on screen')
    await fran.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await fran.page.getByRole('button', { name: `Hide: ${text}` }).click()
    await expect.poll(() => ideaCards(pat.page)).not.toContain(text)
    await card.getByTestId('hidden-mark').waitFor()

    await panel(fran.page).getByTestId('hidden-ideas').getByRole('button', { name: `Restore: ${text}` }).click()
    await expect.poll(() => ideaCards(pat.page)).toContain(text)
  })

  it('makes a co-facilitator link that works until it is revoked', async () => {
    await panel(fran.page).getByRole('button', { name: 'Create a facilitator link' }).click()
    const link = (await panel(fran.page).getByTestId('new-facilitator-link').locator('.share-value').textContent())?.trim() ?? ''
    expect(link).toContain('#key=')

    const cam = await browser.person()
    await cam.page.goto(link)
    await joinBoard(cam.page, 'Cam')
    await panel(cam.page).waitFor()
    // Co-facilitators are not marked as such to anyone.
    expect(await pat.page.getByTestId('people-here').textContent()).not.toMatch(/facilitat/i)

    await panel(fran.page).getByRole('button', { name: 'Revoke link 1' }).click()
    await cam.page.reload()
    await cam.page.getByTestId('facilitator-link-notice').waitFor()
    expect(await panel(cam.page).count()).toBe(0)
    // The refused check is the only console error: Chromium logs every 403 it receives.
    expect(cam.errors.filter((message) => !message.includes('403'))).toEqual([])
  })

  it('brings everyone to the facilitator’s view once, and lets anyone follow another person', async () => {
    const spot = async (page: Page) => {
      const box = await page.getByTestId('idea-card').filter({ hasText: 'Meet at the youth centre' }).boundingBox()
      if (!box) throw new Error('card not on screen')
      return { x: box.x, y: box.y }
    }
    /** Where the card is once it has stopped moving: two readings 200 ms apart agree. */
    const restingY = async (page: Page) => {
      let last = (await spot(page)).y
      await expect
        .poll(async () => {
          await new Promise((resolve) => setTimeout(resolve, 200))
          const now = (await spot(page)).y
          const moved = now !== last
          last = now
          return moved
        })
        .toBe(false)
      return last
    }
    // Fran's card lands in the middle of Fran's view, which Pat's wider view also shows.
    await addIdea(fran.page, 'Meet at the youth centre')
    await expect.poll(() => ideaCards(pat.page)).toContain('Meet at the youth centre')
    // Fran pans down and right with the mouse wheel; Pat's view stays where it was.
    const patBefore = await spot(pat.page)
    await fran.page.mouse.move(500, 450)
    await fran.page.mouse.wheel(120, 90)
    await expect.poll(async () => (await spot(fran.page)).y).toBeLessThan(patBefore.y - 60)
    expect((await spot(pat.page)).y).toBe(patBefore.y)

    // Fran's screen is narrower (the Facilitate panel is open), so Pat sees the same area
    // fitted to a different screen: the card moves the way it moved for Fran.
    await panel(fran.page).getByRole('button', { name: 'Bring everyone here' }).click()
    await expect.poll(async () => (await spot(pat.page)).y).toBeLessThan(patBefore.y - 30)
    // The camera glides there: read where it comes to rest, not a point on the way.
    const broughtY = await restingY(pat.page)

    // Pat can move freely afterwards, then chooses to follow Fran's view as it moves.
    await pat.page.mouse.move(500, 450)
    await pat.page.mouse.wheel(0, 150)
    await expect.poll(async () => (await spot(pat.page)).y).toBeLessThan(broughtY - 120)
    await pat.page.getByRole('button', { name: 'Follow Fran' }).click()
    // Following takes Pat back to what Fran is looking at: the card comes to rest where being
    // brought there put it (within a pixel or two of rounding).
    await expect.poll(async () => (await spot(pat.page)).y).toBeGreaterThan(broughtY - 60)
    expect(Math.abs((await restingY(pat.page)) - broughtY)).toBeLessThan(4)
    await pat.page.getByRole('button', { name: 'Stop following Fran' }).click()
  })

  it('made no request to another origin and logged no error', () => {
    expect(browser.foreignRequests).toEqual([])
    expect(fran.errors).toEqual([])
    expect(pat.errors).toEqual([])
  })
})
