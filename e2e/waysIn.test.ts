// The other ways in, each with several people on one live board: a phone at 360×740 (online
// and offline), the wall screen with its QR code, and a person reading right to left in Arabic.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServerProcess, killAllServers, removeDir, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { type StartedRoom, ideaCards, joinBoard, peopleHere, startRoom } from './harness/board.ts'
import { repoRoot } from './harness/config.ts'
import { readQrCode } from './harness/qr.ts'

const screensDir = join(repoRoot, 'e2e', 'artifacts', 'screens')

describe('every way in to one live board', () => {
  let server: ServerProcess
  let browser: Browser
  let fran: Person
  let room: StartedRoom

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    fran = await browser.person()
    room = await startRoom(fran.page, server.url, { title: 'Clinic welcome', question: 'What would make the clinic feel kind?' })
    await fran.page.goto(room.facilitatorLink)
    await joinBoard(fran.page, 'Fran')
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('shows the wall screen: join code, a QR code that reads as the join link, phase, timer and new ideas', async () => {
    const wall = await browser.person({ viewport: { width: 1920, height: 1080 } })
    const wallLink = await fran.page.getByTestId('facilitate-panel').getByRole('link', { name: 'Open the wall screen' }).getAttribute('href')
    await wall.page.goto(new URL(wallLink ?? '', server.url).href)
    const qr = wall.page.getByRole('img', { name: 'QR code to join this room' })
    await qr.waitFor()
    expect(await wall.page.getByTestId('join-code').textContent()).toBe(room.code)
    expect(await readQrCode(qr)).toBe(room.participantLink)
    expect(await wall.page.getByTestId('present-phase-name').textContent()).toBe('Welcome')

    const panel = fran.page.getByTestId('facilitate-panel')
    await panel.getByRole('button', { name: 'Add ideas', exact: true }).click()
    await expect.poll(() => wall.page.getByTestId('present-phase-name').textContent()).toBe('Add ideas')
    await panel.getByLabel('Minutes').fill('3')
    await panel.getByRole('button', { name: 'Start timer' }).click()
    await expect.poll(() => wall.page.getByTestId('present-time').textContent()).toMatch(/^(3:00|2:5\d)$/)

    await fran.page.getByRole('button', { name: 'Add an idea' }).click()
    await fran.page.getByLabel('Idea text').waitFor()
    await fran.page.keyboard.type('A smile at the front desk')
    await fran.page.keyboard.press('Escape')
    await expect.poll(() => wall.page.getByTestId('present-idea').allTextContents()).toEqual([expect.stringContaining('A smile at the front desk')])
    // Readable from the back of the room.
    const size = await wall.page.getByTestId('present-idea').first().evaluate((item) => Number.parseFloat(getComputedStyle(item.querySelector('.wall-idea-text') ?? item).fontSize))
    expect(size).toBeGreaterThanOrEqual(32)
    // The wall screen is nobody: it is not in anyone's list of people here.
    expect(await peopleHere(fran.page)).toEqual([expect.stringContaining('Fran')])
    expect(wall.errors).toEqual([])
  })

  it('lets a phone add ideas at 360 px, without loading the canvas, and keeps them while offline', async () => {
    const pat = await browser.person({ viewport: { width: 360, height: 740 } })
    const scripts: string[] = []
    pat.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await pat.page.goto(room.participantLink)
    await joinBoard(pat.page, 'Pat')
    await pat.page.getByRole('textbox', { name: 'Your idea' }).fill('Water you can reach from a wheelchair')
    await pat.page.getByRole('radio', { name: 'Owl' }).check()
    await pat.page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => pat.page.getByTestId('phone-status').textContent()).toContain('Sent')
    await expect.poll(() => ideaCards(fran.page)).toContain('Water you can reach from a wheelchair')
    const card = fran.page.getByTestId('idea-card').filter({ hasText: 'Water you can reach from a wheelchair' })
    expect(await card.getByRole('img', { name: 'Owl' }).count()).toBe(1)
    // Nothing sideways: the page fits the phone.
    expect(await pat.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(scripts.filter((path) => /CanvasView|BoardView/.test(path))).toEqual([])

    await pat.context.setOffline(true)
    await pat.page.getByRole('textbox', { name: 'Your idea' }).fill('Written in the lift with no signal')
    await pat.page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => pat.page.getByTestId('phone-status').textContent()).toContain('Saved on this phone')
    const waiting = pat.page.getByTestId('phone-your-ideas').locator('[data-state="waiting"]')
    expect(await waiting.textContent()).toContain('Written in the lift with no signal')
    await fran.page.waitForTimeout(1000)
    expect(await ideaCards(fran.page)).not.toContain('Written in the lift with no signal')

    await pat.context.setOffline(false)
    await expect.poll(() => ideaCards(fran.page), { timeout: 20_000 }).toContain('Written in the lift with no signal')
    await expect.poll(() => pat.page.getByTestId('phone-your-ideas').locator('[data-state="waiting"]').count()).toBe(0)
    expect((await ideaCards(fran.page)).filter((text) => text === 'Written in the lift with no signal')).toHaveLength(1)
  })

  it('reads an idea and an instruction aloud with the browser’s own speech, and offers no button where there is none', async () => {
    const reader = await browser.person()
    // The browser's speech synthesis, recorded instead of spoken: headless Chromium has no voices.
    await reader.context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = []
      Object.assign(window, { spokenAloud: spoken })
      Object.defineProperty(window, 'speechSynthesis', {
        value: { speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }), cancel: () => {} },
      })
    })
    await reader.page.goto(`${room.participantLink}/list`)
    await joinBoard(reader.page, 'Rae')
    await reader.page.getByRole('button', { name: 'Read aloud: A smile at the front desk' }).click()
    await reader.page.getByTestId('phase-bar').getByRole('button', { name: /^Read aloud/ }).click()
    const spoken = await reader.page.evaluate(() => (window as unknown as { spokenAloud: { text: string; lang: string }[] }).spokenAloud)
    // An idea is read in its author's own words and language; the app's instruction in the reader's language.
    expect(spoken).toEqual([
      { text: 'A smile at the front desk', lang: '' },
      { text: 'Add your ideas. Every idea counts.', lang: 'en' },
    ])

    const silent = await browser.person()
    await silent.context.addInitScript(() => {
      Reflect.deleteProperty(window, 'speechSynthesis')
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis')
    })
    await silent.page.goto(`${room.participantLink}/list`)
    await joinBoard(silent.page, 'Sol')
    await silent.page.getByText('A smile at the front desk').first().waitFor()
    expect(await silent.page.getByRole('button', { name: /^Read aloud/ }).count()).toBe(0)
  })

  it('speaks Arabic right to left when a person chooses it, with ideas shown as written', async () => {
    const amal = await browser.person()
    await amal.page.goto(server.url)
    await amal.page.getByRole('button', { name: 'Display and language' }).first().click()
    await amal.page.getByLabel('Language', { exact: true }).selectOption('ar')
    await expect.poll(() => amal.page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar'])
    await amal.page.keyboard.press('Escape')
    await amal.page.getByRole('button', { name: 'العرض واللغة' }).first().waitFor()
    expect(await amal.page.getByRole('button', { name: 'Display and language' }).count()).toBe(0)

    await amal.page.goto(`${room.participantLink}/list`)
    await amal.page.getByLabel('اسمك').fill('أمل')
    await amal.page.getByRole('button', { name: 'انضم إلى اللوحة' }).click()
    await waitForConnectedIn(amal, 'متصل')
    expect(await amal.page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    // English ideas keep their words and their own direction inside the Arabic page.
    await amal.page.getByText('A smile at the front desk').first().waitFor()
    mkdirSync(screensDir, { recursive: true })
    await amal.page.screenshot({ path: join(screensDir, 'rtl-list.png'), fullPage: true })
    expect(amal.errors).toEqual([])
    expect(browser.foreignRequests).toEqual([])
  })

  it('lets a newcomer pan the canvas with the wheel after pressing on it, without adding anything first', async () => {
    const dee = await browser.person()
    await dee.page.goto(`${room.participantLink}/canvas`)
    await joinBoard(dee.page, 'Dee')
    const card = dee.page.getByTestId('idea-card').filter({ hasText: 'A smile at the front desk' })
    await card.waitFor()
    const before = (await card.boundingBox())?.y ?? 0
    const canvas = await dee.page.locator('.canvas').boundingBox()
    if (!canvas) throw new Error('no canvas on screen')
    // An empty spot near the canvas's lower edge, away from the cards and tldraw's toolbars.
    await dee.page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 120)
    await dee.page.mouse.wheel(0, 100)
    await expect.poll(async () => (await card.boundingBox())?.y ?? before).toBeLessThan(before - 50)
  })

  it('lets a facilitator delete the room for good: everyone is told it no longer exists', async () => {
    const guest = await browser.person()
    await guest.page.goto(`${room.participantLink}/list`)
    await joinBoard(guest.page, 'Gus')
    const panel = fran.page.getByTestId('facilitate-panel')
    await panel.getByRole('button', { name: 'Delete the room…' }).click()
    await fran.page.getByRole('button', { name: 'Keep it' }).click()
    expect(await ideaCards(fran.page)).toContain('A smile at the front desk')
    await panel.getByRole('button', { name: 'Delete the room…' }).click()
    await fran.page.getByRole('button', { name: 'Yes, delete the room' }).click()
    await fran.page.getByText('The room has been deleted for good.').waitFor()
    expect(new URL(fran.page.url()).pathname).toBe('/')
    await guest.page.getByText('This room does not exist').first().waitFor()
    const answer = await fetch(new URL(`/api/rooms/${new URL(room.participantLink).pathname.split('/')[2]}`, server.url))
    expect(answer.status).toBe(404)
  })
})

async function waitForConnectedIn(person: Person, connected: string): Promise<void> {
  await person.page.getByTestId('connection-status').getByText(connected, { exact: true }).waitFor({ timeout: 20_000 })
}
