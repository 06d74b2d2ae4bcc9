// A participant who uses only the keyboard joins, switches to the list view, adds an idea,
// moves it into a theme and votes for it — and the facilitator's board shows each step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServerProcess, killAllServers, removeDir, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { ideaCards, joinBoard, startRoom, waitForConnected } from './harness/board.ts'
import { tabTo } from './harness/keyboard.ts'

const IDEA = 'Chairs with arms, to help people stand up'

describe('taking part with the keyboard alone', () => {
  let server: ServerProcess
  let browser: Browser
  let fran: Person
  let kim: Person

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    fran = await browser.person()
    kim = await browser.person()
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('joins, adds an idea, moves it into a theme and votes without a pointer', async () => {
    const room = await startRoom(fran.page, server.url, { title: 'Waiting well' })
    await fran.page.goto(room.facilitatorLink)
    await joinBoard(fran.page, 'Fran')
    await fran.page.getByTestId('themes-panel').getByRole('button', { name: 'New theme' }).click()
    await fran.page.getByTestId('new-theme-dialog').getByLabel('Theme name').fill('Waiting room')
    await fran.page.getByRole('button', { name: 'Make the theme' }).click()

    // Kim: Tab, type, Enter, arrows and Space; never a click.
    const page = kim.page
    await page.goto(room.participantLink)
    await page.getByRole('heading', { name: 'How would you like to appear?' }).waitFor()
    await tabTo(page, page.getByLabel('Your name'))
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Kim')
    await tabTo(page, page.getByRole('button', { name: 'Join the board' }))
    await page.keyboard.press('Enter')
    await waitForConnected(page)

    await tabTo(page, page.getByTestId('view-switch').getByRole('link', { name: 'List' }))
    await page.keyboard.press('Enter')
    const box = page.getByRole('textbox', { name: 'Your idea' })
    await box.waitFor()
    await tabTo(page, box)
    await page.keyboard.type(IDEA)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('list-idea-text').allTextContents()).toContain(IDEA)
    await expect.poll(() => ideaCards(fran.page)).toContain(IDEA)
    // Focus stays in the box, ready for the next idea.
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true)

    await tabTo(page, page.getByRole('button', { name: `Move to a theme: ${IDEA}` }))
    await page.keyboard.press('Enter')
    const dialog = page.getByTestId('move-to-theme-dialog')
    await dialog.waitFor()
    // Tab reaches the radio group at its chosen option; arrows move the choice.
    await tabTo(page, dialog.getByRole('radio', { checked: true }))
    const waitingRoom = dialog.getByRole('radio', { name: 'Waiting room' })
    for (let presses = 0; presses < 5 && !(await waitingRoom.isChecked()); presses++) await page.keyboard.press('ArrowUp')
    expect(await waitingRoom.isChecked()).toBe(true)
    await tabTo(page, dialog.getByRole('button', { name: 'Move' }))
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    const section = page.getByTestId('list-section').filter({ has: page.getByRole('heading', { name: /Waiting room/ }) })
    await expect.poll(() => section.getByTestId('list-idea-text').allTextContents()).toEqual([IDEA])
    const franTheme = fran.page.getByTestId('themes-panel').getByTestId('theme').filter({ hasText: 'Waiting room' })
    await expect.poll(() => franTheme.textContent()).toContain(IDEA)

    // A second thought, withdrawn again: it leaves everyone's board.
    const SECOND = 'Music in the waiting room'
    await tabTo(page, box, { backwards: true })
    await page.keyboard.type(SECOND)
    await page.keyboard.press('Enter')
    await expect.poll(() => ideaCards(fran.page)).toContain(SECOND)
    await tabTo(page, page.getByRole('button', { name: `Withdraw my idea: ${SECOND}` }))
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('button', { name: 'Yes, withdraw it' })
    await confirm.waitFor()
    await tabTo(page, confirm)
    await page.keyboard.press('Enter')
    await expect.poll(() => ideaCards(fran.page)).not.toContain(SECOND)
    expect(await page.getByTestId('list-idea-text').allTextContents()).toEqual([IDEA])

    await fran.page.getByTestId('facilitate-panel').getByRole('button', { name: 'Vote', exact: true }).click()
    const vote = page.getByRole('button', { name: `Vote for: ${IDEA}` })
    await vote.waitFor()
    await tabTo(page, vote)
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: `Take back my vote from: ${IDEA}` }).waitFor()
    await expect.poll(() => page.getByTestId('list-my-dots').textContent()).toContain('Your dot is on this idea')
    // The vote reached the server, not just Kim's screen: the facilitator's card counts it.
    await expect.poll(() => fran.page.getByTestId('idea-card').filter({ hasText: IDEA }).getByTestId('tally').textContent()).toBe('1 vote')

    expect(kim.errors).toEqual([])
    expect(browser.foreignRequests).toEqual([])
  })
})
