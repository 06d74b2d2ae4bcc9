// A facilitator and two participants run a whole cycle: private writing, reveal, dot
// voting and results. Before the reveal, private ideas appear in no frame or request.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killAllServers, removeDir, type ServerProcess, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { ideaCards, joinBoard, startRoom } from './harness/board.ts'

const GARDEN = 'A garden to sit in'
const PARKING = 'Free parking for carers'

async function choosePhase(facilitator: Page, phase: string): Promise<void> {
  await facilitator.getByTestId('facilitate-panel').getByRole('button', { name: phase, exact: true }).click()
}

async function addPrivateIdea(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add an idea' }).click()
  const box = page.getByLabel('Private idea text')
  await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true)
  await box.fill(text)
  await page.getByRole('button', { name: 'Add private idea' }).click()
  await page.getByTestId('private-idea').filter({ hasText: text }).waitFor()
}

async function vote(page: Page, text: string): Promise<void> {
  // Keyboard only: focus the card's vote button and press Enter.
  const button = page.getByRole('button', { name: `Vote for: ${text}` })
  await button.focus()
  await page.keyboard.press('Enter')
}

describe('facilitating a session', () => {
  let server: ServerProcess
  let browser: Browser
  let fran: Person
  let pat: Person
  let sam: Person

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    ;[fran, pat, sam] = [await browser.person(), await browser.person(), await browser.person()]
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('runs private writing, reveal, voting and results with power shared', async () => {
    const room = await startRoom(fran.page, server.url, { title: 'Carers’ café' })
    await fran.page.goto(room.facilitatorLink)
    await joinBoard(fran.page, 'Fran')
    for (const [person, name] of [[pat, 'Pat'], [sam, 'Sam']] as const) {
      await person.page.goto(room.participantLink)
      await joinBoard(person.page, name)
      // Participants have no way to facilitate.
      expect(await person.page.getByRole('button', { name: 'Facilitate' }).count()).toBe(0)
    }

    // The panel starts open for a facilitator.
    await fran.page.getByTestId('facilitate-panel').waitFor()
    await choosePhase(fran.page, 'Add ideas')
    await fran.page.getByTestId('facilitate-panel').getByLabel('Private writing').check()
    await pat.page.getByTestId('phase-name').getByText('Add ideas').waitFor()

    await addPrivateIdea(pat.page, GARDEN)
    await addPrivateIdea(sam.page, PARKING)
    // Private ideas are kept across a reload.
    await pat.page.reload()
    await pat.page.getByTestId('private-idea').filter({ hasText: GARDEN }).waitFor()

    // Give any leak time to travel, then check every frame and body all three browsers saw.
    await fran.page.waitForTimeout(1_000)
    for (const person of [fran, pat, sam]) {
      expect(person.traffic.size).toBeGreaterThan(10)
      expect(person.traffic.contains(GARDEN)).toBe(false)
      expect(person.traffic.contains(PARKING)).toBe(false)
      expect(await ideaCards(person.page)).toEqual([])
    }

    await fran.page.getByRole('button', { name: 'Reveal now' }).click()
    for (const person of [fran, pat, sam]) {
      await expect.poll(() => ideaCards(person.page), { timeout: 10_000 }).toEqual(expect.arrayContaining([GARDEN, PARKING]))
    }
    expect(fran.traffic.contains(GARDEN)).toBe(true)
    expect(await pat.page.getByTestId('private-idea').count()).toBe(0)
    // No author is shown on the board by default.
    expect(await fran.page.getByTestId('idea-author').count()).toBe(0)

    await choosePhase(fran.page, 'Vote')
    await pat.page.getByTestId('phase-name').getByText('Vote').waitFor()
    await expect.poll(() => pat.page.getByTestId('dots-left').textContent()).toContain('3 of 3')
    await vote(pat.page, GARDEN)
    await expect.poll(() => pat.page.getByTestId('dots-left').textContent()).toContain('2 of 3')
    await vote(pat.page, PARKING)
    await vote(sam.page, GARDEN)
    await vote(sam.page, PARKING)
    await expect.poll(() => sam.page.getByTestId('dots-left').textContent()).toContain('1 of 3')
    // One dot per idea by default, and a vote can be taken back while voting is open.
    expect(await sam.page.getByRole('button', { name: `Vote for: ${PARKING}` }).count()).toBe(0)
    await sam.page.getByRole('button', { name: `Take back a dot from: ${PARKING}` }).focus()
    await sam.page.keyboard.press('Enter')
    await expect.poll(() => sam.page.getByTestId('dots-left').textContent()).toContain('2 of 3')
    await vote(sam.page, PARKING)
    await expect.poll(() => sam.page.getByTestId('dots-left').textContent()).toContain('1 of 3')

    await choosePhase(fran.page, 'Wrap-up')
    for (const person of [fran, pat, sam]) {
      const results = person.page.getByTestId('results')
      await results.waitFor()
      await expect.poll(() => results.getByTestId('result').allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`Joint 1st.*(${GARDEN}|${PARKING}).*2 votes`)),
        expect.stringMatching(new RegExp(`Joint 1st.*(${GARDEN}|${PARKING}).*2 votes`)),
      ])
    }

    expect(browser.foreignRequests).toEqual([])
    for (const person of [fran, pat, sam]) expect(person.errors).toEqual([])
  })
})
