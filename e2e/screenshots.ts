// Takes the README's picture of a board in use: run `npm run screenshots` after a build.
// Pages are also saved to SCREENSHOT_DIR (default e2e/artifacts/screens) for a look at every screen.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { killAllServers, removeDir, startServer } from '../server/test/serverProcess.ts'
import { Browser } from './harness/Browser.ts'
import { addIdea, joinBoard, startRoom } from './harness/board.ts'
import { repoRoot } from './harness/config.ts'
import { choosePreferences } from './harness/preferences.ts'

const screensDir = process.env.SCREENSHOT_DIR ?? join(repoRoot, 'e2e', 'artifacts', 'screens')
mkdirSync(screensDir, { recursive: true })

const server = await startServer({ env: { LOG_LEVEL: 'warn' } })
const browser = await Browser.launch(server.url)
try {
  const ana = await browser.person({ viewport: { width: 1280, height: 760 } })
  const ben = await browser.person({ viewport: { width: 1280, height: 760 } })
  await ana.page.goto(server.url)
  await ana.page.screenshot({ path: join(screensDir, 'home.png') })
  const room = await startRoom(ana.page, server.url, {
    title: 'Clinic welcome',
    question: 'What would make the clinic feel kind?',
  })
  await ana.page.screenshot({ path: join(screensDir, 'room-ready.png') })
  await ana.page.goto(room.participantLink)
  await ana.page.getByRole('heading', { name: 'How would you like to appear?' }).waitFor()
  await ana.page.screenshot({ path: join(screensDir, 'identity.png') })
  await joinBoard(ana.page, 'Teal Otter')
  await ben.page.goto(room.participantLink)
  await joinBoard(ben.page, 'Amber Fox')
  for (const idea of ['A quiet space to wait', 'Someone to say hello when you arrive', 'Signs with pictures, not just words']) {
    await addIdea(ana.page, idea)
  }
  await addIdea(ben.page, 'Appointment letters in easy read')
  await ben.page.mouse.move(700, 420)
  await ana.page.mouse.move(400, 300)
  await ana.page.waitForTimeout(500)
  await ana.page.screenshot({ path: join(repoRoot, 'docs', 'board.png') })
  await ana.page.screenshot({ path: join(screensDir, 'board.png') })

  // Facilitation: the facilitator's panel, and a participant voting.
  // Only the fragment differs from the page Ana is on, so load it afresh.
  await ana.page.goto(room.facilitatorLink)
  await ana.page.reload()
  await ana.page.getByTestId('facilitate-panel').waitFor()
  // The canvas loads after the page: wait for its cards before the picture.
  await ana.page.getByTestId('idea-text').first().waitFor()
  await ana.page.getByTestId('facilitate-panel').getByRole('button', { name: 'Vote', exact: true }).click()
  await ben.page.getByTestId('dots-left').waitFor()
  await ana.page.screenshot({ path: join(screensDir, 'facilitate.png') })
  await ben.page.getByRole('button', { name: 'Vote for: A quiet space to wait' }).focus()
  await ben.page.keyboard.press('Enter')
  await ben.page.waitForTimeout(300)
  await ben.page.screenshot({ path: join(screensDir, 'voting.png') })
  await ana.page.getByTestId('facilitate-panel').getByRole('button', { name: 'Wrap-up', exact: true }).click()
  await ben.page.getByTestId('results').waitFor()
  await ben.page.screenshot({ path: join(screensDir, 'results.png') })

  // Every way in: the list view, a phone, the wall screen, easy read, high contrast, right to left.
  await ben.page.goto(`${room.participantLink}/list`)
  await ben.page.getByTestId('list-idea').first().waitFor()
  await ben.page.screenshot({ path: join(screensDir, 'list.png') })
  const phone = await browser.person({ viewport: { width: 360, height: 740 } })
  await phone.page.goto(room.participantLink)
  await joinBoard(phone.page, 'Coral Owl')
  await phone.page.screenshot({ path: join(screensDir, 'phone.png'), fullPage: true })
  const wall = await browser.person({ viewport: { width: 1280, height: 720 } })
  await wall.page.goto(`${room.participantLink}/present`)
  await wall.page.getByTestId('present-idea').first().waitFor()
  await wall.page.waitForTimeout(800)
  await wall.page.screenshot({ path: join(screensDir, 'present.png') })
  for (const [name, preferences] of [
    ['easy-read', { easyRead: true }],
    ['high-contrast', { highContrast: true }],
    ['rtl', { language: 'ar' }],
  ] as const) {
    const person = await browser.person({ viewport: { width: 1280, height: 760 } })
    await choosePreferences(person.context, preferences)
    await person.page.goto(server.url)
    await person.page.getByRole('heading', { level: 1 }).waitFor()
    await person.page.screenshot({ path: join(screensDir, `home-${name}.png`), fullPage: true })
    await person.page.goto(`${room.participantLink}/canvas`)
    await person.page.getByRole('button', { name: /Join the board|انضم إلى اللوحة/ }).click()
    await person.page.getByTestId('idea-text').first().waitFor()
    await person.page.waitForTimeout(500)
    await person.page.screenshot({ path: join(screensDir, `board-${name}.png`) })
    await person.page.goto(`${room.participantLink}/list`)
    await person.page.getByTestId('list-idea').first().waitFor()
    await person.page.screenshot({ path: join(screensDir, `list-${name}.png`) })
  }

  const lost = await browser.person()
  await lost.page.goto(`${server.url}/r/AAAAAAAAAAAAAAAAAAAAAA`)
  await lost.page.getByText('This room does not exist').first().waitFor()
  await lost.page.screenshot({ path: join(screensDir, 'room-missing.png') })
  console.log(`screenshots written to ${screensDir}`)
} finally {
  await browser.close()
  await killAllServers()
  removeDir(server.dataDir)
}
