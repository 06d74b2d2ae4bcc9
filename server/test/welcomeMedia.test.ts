// The welcome's picture or sound: facilitators upload it within type and size limits, the
// session points at it, and everyone can fetch the same bytes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSession } from '@roundtable/shared'
import { createRoom, waitFor, type CreatedRoom } from './clients.ts'
import { call, sessionReader } from './facilitation.ts'
import { killAllServers, removeDir, startServer, type ServerProcess } from './serverProcess.ts'

let server: ServerProcess
let room: CreatedRoom

beforeAll(async () => {
  server = await startServer()
  room = await createRoom(server.url)
})

afterAll(async () => {
  await server?.stop()
  await killAllServers()
  removeDir(server?.dataDir ?? '')
})

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
)
const MB = 1024 * 1024

/** Uploads as the room's facilitator, or with `key` (null for none). */
const upload = (body: Uint8Array, contentType: string, key: string | null = room.facilitatorKey) =>
  call(server, 'POST', `/${room.id}/welcome-media`, { bearer: key ?? undefined, body, contentType })

describe('welcome media', () => {
  it('takes a small PNG, points the welcome at it, and serves the same bytes back', async () => {
    const reader = await sessionReader(server, room.id)
    const answer = await upload(PNG, 'image/png')
    expect(answer.status).toBe(201)
    const id = String(answer.body.id)
    await waitFor(() => readSession(reader.doc).welcome.pictureId === id, 5000, 'the welcome to show the picture')
    reader.destroy()

    const served = await fetch(`${server.url}/api/rooms/${room.id}/media/${id}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG)
  })

  it('refuses a picture over 2 MB with 413, but takes a sound of that size', async () => {
    expect((await upload(new Uint8Array(2 * MB + 1), 'image/png')).status).toBe(413)
    const sound = await upload(new Uint8Array(3 * MB), 'audio/webm;codecs=opus')
    expect(sound.status).toBe(201)
    expect((await fetch(`${server.url}/api/rooms/${room.id}/media/${String(sound.body.id)}`)).headers.get('content-type')).toBe('audio/webm')
    expect((await upload(new Uint8Array(8 * MB + 1), 'audio/mpeg')).status).toBe(413)
  })

  it('refuses a type it does not show with 415', async () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/octet-stream']) {
      expect((await upload(PNG, type)).status).toBe(415)
    }
  })

  it('needs a facilitator key', async () => {
    expect((await upload(PNG, 'image/png', null)).status).toBe(401)
    expect((await upload(PNG, 'image/png', 'wrong')).status).toBe(403)
  })

  it('answers 404 for media that does not exist, or belongs to another room', async () => {
    const id = String((await upload(PNG, 'image/gif')).body.id)
    const other = await createRoom(server.url)
    expect((await fetch(`${server.url}/api/rooms/${other.id}/media/${id}`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/rooms/${room.id}/media/nothing`)).status).toBe(404)
  })

  it('still limits other API bodies to a small size', async () => {
    const big = await call(server, 'POST', `/${room.id}/session`, {
      bearer: room.facilitatorKey,
      json: { type: 'set-welcome-text', text: 'x'.repeat(20_000) },
    })
    expect(big.status).toBe(413)
  })
})
