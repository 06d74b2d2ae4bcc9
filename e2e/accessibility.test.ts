// axe-core finds no violations on any way in — home, join, the canvas board, the list view,
// the phone page and the wall screen — in standard, easy-read and high-contrast modes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServerProcess, killAllServers, removeDir, startServer } from '../server/test/serverProcess.ts'
import { accessibilityViolations } from './harness/axe.ts'
import { Browser, type Person } from './harness/Browser.ts'
import { addIdea, joinBoard, startRoom } from './harness/board.ts'
import { MODES, choosePreferences } from './harness/preferences.ts'

describe('accessibility of every way in', () => {
  let server: ServerProcess
  let browser: Browser
  let host: Person
  let link: string

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    host = await browser.person()
    const room = await startRoom(host.page, server.url, { title: 'Clinic welcome', question: 'What would make the clinic feel kind?' })
    link = room.participantLink
    await host.page.goto(link)
    await joinBoard(host.page, 'Host')
    await addIdea(host.page, 'A quiet space to wait')
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  for (const mode of MODES) {
    it(`finds no violations in ${mode.name} mode`, async () => {
      const person = await browser.person(mode.system)
      await choosePreferences(person.context, mode.preferences)
      const { page } = person
      const found: Record<string, string[]> = {}
      const scan = async (name: string) => {
        const violations = await accessibilityViolations(page)
        if (violations.length > 0) found[name] = violations
      }

      await page.goto(server.url)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await scan('home')

      await page.goto(link)
      await page.getByRole('heading', { level: 2 }).first().waitFor()
      await page.locator('.identity-form button[type="submit"]').first().waitFor()
      await scan('join')

      await page.locator('.identity-form button[type="submit"]').first().click()
      await page.getByTestId('connection-status').waitFor()
      await page.getByTestId('idea-text').first().waitFor()
      await scan('canvas board')

      await page.goto(`${link}/list`)
      await page.getByTestId('list-add-text').waitFor()
      await page.getByText('A quiet space to wait').first().waitFor()
      await scan('list view')

      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(link)
      await page.getByTestId('phone-send').waitFor()
      await scan('phone page')

      await page.setViewportSize({ width: 1280, height: 720 })
      await page.goto(`${link}/present`)
      await page.getByTestId('join-qr').waitFor()
      await page.getByText('A quiet space to wait').first().waitFor()
      await scan('present mode')

      expect(found).toEqual({})
      expect(browser.foreignRequests).toEqual([])
      await person.context.close()
    })
  }
})
