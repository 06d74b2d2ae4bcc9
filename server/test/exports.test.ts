// Exports over HTTP: facilitators download CSV, Markdown and a JSON backup of the live
// board; anyone in the room can read the easy-read outcome; nothing shows hidden tallies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBackup } from '@roundtable/shared'
import { createRoom } from './clients.ts'
import { commanded, join } from './facilitation.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'
import { parseCsv, workshopRoom, type WorkshopRoom } from './workshopRoom.ts'

let server: ServerProcess
let workshop: WorkshopRoom

beforeAll(async () => {
  server = await startServer()
  workshop = await workshopRoom(server, { hideTallies: true })
})

afterAll(async () => {
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

const get = (path: string, bearer?: string) =>
  fetch(`${server.url}/api/rooms/${workshop.room.id}${path}`, { headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` } })
const key = () => workshop.room.facilitatorKey
const FILES = ['/export.csv', '/export.md', '/export.json']

describe('while tallies are hidden and voting is open', () => {
  it('refuses every export with 409 tallies-hidden, so no vote is seen early', async () => {
    for (const path of [...FILES, '/easy-read']) {
      const answer = await get(path, key())
      expect([path, answer.status, ((await answer.json()) as { reason?: string }).reason]).toEqual([path, 409, 'tallies-hidden'])
    }
  })
})

describe('once voting has closed', () => {
  beforeAll(async () => {
    await commanded(server, workshop.room.id, key(), { type: 'set-phase', phase: 'wrap-up' })
  })

  it('refuses the files without a key (401), with a wrong key or a participant token (403), and for no room (404)', async () => {
    const otherRoom = await createRoom(server.url)
    for (const path of FILES) {
      expect([path, (await get(path)).status]).toEqual([path, 401])
      expect([path, (await get(path, otherRoom.facilitatorKey)).status]).toEqual([path, 403])
      expect([path, (await get(path, workshop.heron.token)).status]).toEqual([path, 403])
      const missing = await fetch(`${server.url}/api/rooms/AAAAAAAAAAAAAAAAAAAAAA${path}`, { headers: { authorization: `Bearer ${key()}` } })
      expect([path, missing.status]).toEqual([path, 404])
    }
  })

  it('gives a CSV download that parses, one row per visible idea in theme order, names shown as the room shows them', async () => {
    const answer = await get('/export.csv', key())
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="outpatients-what-matters.csv"')
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const rows = parseCsv(await answer.text())
    expect(rows[0]).toEqual(['idea', 'picture', 'theme', 'votes', 'created_at', 'author'])
    expect(rows.slice(1).map(([idea, picture, theme, votes, , author]) => [idea, picture, theme, votes, author])).toEqual([
      ['Parking is "always" full, so we arrive late', '🦦', 'Waiting', '1', 'Teal Heron'],
      ['The clinic runs late\nand nobody tells you', '🌻', 'Waiting', '0', 'Rana "Otter", RN'],
      ['Letters in plain words 🙂', '🦦', 'Letters, leaflets', '1', 'Teal Heron'],
      ['مواعيد أوضح من فضلك', '🌻', 'Letters, leaflets', '3', 'Rana "Otter", RN'],
      ["'=1+1, said nobody", '🌻', 'No theme', '0', 'Rana "Otter", RN'],
    ])
    for (const row of rows.slice(1)) expect(Number.isNaN(Date.parse(row[4] ?? ''))).toBe(false)
  })

  it('gives Markdown with the theme headings in vote order', async () => {
    const answer = await get('/export.md', key())
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const markdown = await answer.text()
    expect(markdown.startsWith('# Outpatients: "what matters"\n\nQuestion: What would make your visit easier?\n')).toBe(true)
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Letters, leaflets — 4 votes',
      '## Waiting — 1 vote',
      '## No theme — 0 votes',
    ])
    expect(markdown).toContain('- مواعيد أوضح من فضلك (Rana "Otter", RN) — 3 votes')
    expect(markdown).not.toContain('A remark the facilitator hid')
  })

  it('gives a JSON backup that parses, with tallies and session but no ballots', async () => {
    const answer = await get('/export.json', key())
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="outpatients-what-matters-backup.json"')
    const backup = (await answer.json()) as Record<string, unknown>
    const parsed = parseBackup(backup)
    if (!parsed.ok) throw new Error(parsed.error)
    const { ideas } = workshop
    // Votes on the hidden idea stay in the backup: hiding is a session setting, restored with it.
    expect(parsed.backup.tallies).toEqual(new Map([[ideas.parking, 1], [ideas.letters, 1], [ideas.arabic, 3], [ideas.hidden, 1]]))
    expect(parsed.backup.session).toMatchObject({ phase: 'wrap-up', showNames: true, hiddenIdeaIds: [ideas.hidden] })
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'room', 'board', 'session', 'tallies'])
    for (const tally of backup.tallies as object[]) expect(Object.keys(tally)).toEqual(['ideaId', 'votes'])
  })

  it('gives the easy-read outcome to a participant and a facilitator alike, and to nobody else', async () => {
    const asParticipant = await get('/easy-read', workshop.otter.token)
    expect(asParticipant.status).toBe(200)
    const easyRead = (await asParticipant.json()) as { title: string; sections: { heading: string; lines: { text: string }[] }[] }
    expect(easyRead.title).toBe('Outpatients: "what matters"')
    expect(easyRead.sections.map((section) => section.heading)).toEqual(['What we did', 'Letters, leaflets', 'Waiting', 'Ideas with no theme'])
    expect(easyRead.sections[0]?.lines.map((line) => line.text)).toContain('We talked about: What would make your visit easier?')
    expect(await (await get('/easy-read', key())).json()).toEqual(easyRead)
    expect((await get('/easy-read')).status).toBe(401)
    expect((await get('/easy-read', (await join(server, (await createRoom(server.url)).id)).token)).status).toBe(403)
  })
})
