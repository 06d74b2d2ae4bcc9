// An organisation that sets ROOM_CREATE_TOKEN: the home page asks for the token before a
// room can be started, says plainly when it is wrong, and starts the room when it is right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServerProcess, killAllServers, removeDir, startServer } from '../server/test/serverProcess.ts'
import { Browser, type Person } from './harness/Browser.ts'

describe('starting a room with the organisation’s room token', () => {
  let server: ServerProcess
  let browser: Browser
  let fay: Person

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn', ROOM_CREATE_TOKEN: 'trust-board-2026' } })
    browser = await Browser.launch(server.url)
    fay = await browser.person()
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('asks for the token, refuses a wrong one and starts the room with the right one', async () => {
    await fay.page.goto(server.url)
    const start = fay.page.getByRole('region', { name: 'Start a room' })
    const token = start.getByLabel('Room token')
    await token.waitFor()
    await token.fill('guess')
    await start.getByRole('button', { name: 'Start a room' }).click()
    await start.getByTestId('room-token-error').getByText('That room token is not right', { exact: false }).waitFor()
    expect(await token.getAttribute('aria-invalid')).toBe('true')

    await token.fill('trust-board-2026')
    await start.getByRole('button', { name: 'Start a room' }).click()
    await fay.page.getByTestId('room-ready').waitFor()
    expect(browser.foreignRequests).toEqual([])
  })
})
