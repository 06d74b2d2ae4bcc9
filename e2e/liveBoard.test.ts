// Two people on one board in two browsers: one joins by link, one by code; ideas travel
// live and survive a reload and a server restart; nothing loads from another origin.
import type { WebSocket } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, type Person } from './harness/Browser.ts'
import { type ServerProcess, killAllServers, removeDir, startServer } from '../server/test/serverProcess.ts'
import { addIdea, ideaCards, joinBoard, peopleHere, startRoom, waitForConnected } from './harness/board.ts'

/** Chromium logs a refused WebSocket as a console error; expected only while the server is down. */
const isReconnectNoise = (message: string) => /WebSocket connection to .* failed/.test(message)

describe('a live board in two browsers', () => {
  let server: ServerProcess
  let browser: Browser
  let ana: Person
  let ben: Person

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'warn' } })
    browser = await Browser.launch(server.url)
    ana = await browser.person()
    ben = await browser.person()
  })

  afterAll(async () => {
    await browser?.close()
    await killAllServers()
    if (server) removeDir(server.dataDir)
  })

  it('lets two people co-edit a board that survives a reload and a restart', async () => {
    const room = await startRoom(ana.page, server.url, {
      title: 'Clinic welcome',
      question: 'What would make the clinic feel kind?',
    })
    expect(room.code).toMatch(/^[A-Z2-9]{3} ?[A-Z2-9]{3}$/)
    expect(room.participantLink).toContain('/r/')
    expect(room.facilitatorLink).not.toBe(room.participantLink)

    // Ana joins by the link, Ben by typing the code on the home page.
    await ana.page.goto(room.participantLink)
    await joinBoard(ana.page, 'Ana')
    await ben.page.goto(server.url)
    await ben.page.getByLabel('Join code').fill(room.code.toLowerCase())
    await ben.page.getByRole('button', { name: 'Join', exact: true }).click()
    await joinBoard(ben.page, 'Ben')

    await expect.poll(() => peopleHere(ana.page)).toEqual(expect.arrayContaining([expect.stringContaining('Ana'), expect.stringContaining('Ben')]))
    await expect.poll(() => peopleHere(ben.page)).toEqual(expect.arrayContaining([expect.stringContaining('Ana'), expect.stringContaining('Ben')]))
    await ben.page.getByText('What would make the clinic feel kind?').first().waitFor()

    await addIdea(ana.page, 'A quiet space to wait')
    await expect.poll(() => ideaCards(ben.page), { timeout: 5_000 }).toContain('A quiet space to wait')

    // Coming back, the board's connection opens as the page starts, and the page uses it
    // rather than opening a second one.
    const boardSockets: WebSocket[] = []
    ben.page.on('websocket', (socket) => {
      if (/^\/ws\/[^/]+$/.test(new URL(socket.url()).pathname)) boardSockets.push(socket)
    })
    const fonts = { asked: 0, arrived: 0 }
    ben.page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.asked++
    })
    ben.page.on('requestfinished', (request) => {
      if (request.url().endsWith('.woff2')) fonts.arrived++
    })
    await ben.page.reload()
    await waitForConnected(ben.page)
    await expect.poll(() => ideaCards(ben.page)).toContain('A quiet space to wait')
    expect(boardSockets).toHaveLength(1)
    expect(boardSockets[0]?.isClosed()).toBe(false)
    // tldraw's fonts, for its own shapes and text, follow a moment after the board has loaded
    // (the cards use the page's font); stopping the server under them would fail them.
    // They are asked for together: every one asked for has arrived, and no more came for half a second.
    let lastSeen = ''
    const fontsSettled = () => {
      const seen = `${fonts.asked}/${fonts.arrived}`
      const settled = fonts.asked > 0 && fonts.arrived === fonts.asked && seen === lastSeen
      lastSeen = seen
      return settled
    }
    await expect.poll(fontsSettled, { timeout: 10_000, interval: 500 }).toBe(true)
    await ben.page.evaluate(async () => {
      await document.fonts.ready
    })

    await server.stop()
    server = await startServer({ port: server.port, dataDir: server.dataDir, env: { LOG_LEVEL: 'warn' } })
    await waitForConnected(ana.page)
    await waitForConnected(ben.page)
    await addIdea(ben.page, 'Staff who smile')
    await expect.poll(() => ideaCards(ana.page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining(['A quiet space to wait', 'Staff who smile']),
    )

    const fresh = await browser.person()
    await fresh.page.goto(room.participantLink)
    await joinBoard(fresh.page, 'Cal')
    await expect.poll(() => ideaCards(fresh.page)).toEqual(expect.arrayContaining(['A quiet space to wait', 'Staff who smile']))

    expect(browser.foreignRequests).toEqual([])
    expect(ana.errors.filter((message) => !isReconnectNoise(message))).toEqual([])
    expect(ben.errors.filter((message) => !isReconnectNoise(message))).toEqual([])
    expect(fresh.errors).toEqual([])
  })

  it('says plainly when a room does not exist', async () => {
    const visitor = await browser.person()
    await visitor.page.goto(`${server.url}/r/AAAAAAAAAAAAAAAAAAAAAA`)
    await visitor.page.getByText('This room does not exist').waitFor()
    expect(browser.foreignRequests).toEqual([])
  })
})
