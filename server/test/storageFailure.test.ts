// Storage failing under a running server (appends refused, as by a full or read-only disk,
// or database connections cut): the failure is reported, the room refuses edits with 1011
// instead of dropping them, nothing anyone typed is lost, and edits are taken again once
// storage is back. Appends are refused by a trigger, which stops root as well as anyone.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate } from '@roundtable/shared'
import { PostgresTestSchema } from '../src/storage/PostgresTestSchema.ts'
import { DATABASE_FILE } from '../src/storage/SqliteStorage.ts'
import { connectPeer, createRoom, openRawSocket, synced, waitFor, within, type Peer } from './clients.ts'
import { killAllServers, removeDir, sleep, startServer, tempDataDir, type ServerProcess } from './serverProcess.ts'

const REFUSAL = 'No space left on device (refused by the test)'
/** Writers here stream far faster than a person types, and reconnect often while refused. */
const FAST_WRITER = { MAX_MESSAGES_PER_SECOND: '100000', MAX_CONNECTIONS_PER_ADDRESS: '1000' }

interface FailingStorage {
  name: string
  env: Record<string, string>
  dataDir: string
  refuseAppends(): Promise<void>
  acceptAppends(): Promise<void>
  cleanup(): Promise<void>
}

function sqlite(): FailingStorage {
  const dataDir = tempDataDir()
  const run = (sql: string) => {
    const db = new Database(join(dataDir, DATABASE_FILE))
    try {
      db.exec(sql)
    } finally {
      db.close()
    }
  }
  return {
    name: 'SQLite',
    env: { DATABASE_URL: '', ...FAST_WRITER },
    dataDir,
    refuseAppends: async () => run(`CREATE TRIGGER refuse_appends BEFORE INSERT ON room_updates BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`),
    acceptAppends: async () => run('DROP TRIGGER refuse_appends'),
    cleanup: async () => removeDir(dataDir),
  }
}

async function postgres(): Promise<FailingStorage & { schema: PostgresTestSchema }> {
  const schema = await PostgresTestSchema.create()
  const dataDir = tempDataDir()
  const table = `"${schema.schema}".room_updates`
  const refuse = `"${schema.schema}".refuse_appends`
  return {
    name: 'Postgres',
    env: { DATABASE_URL: schema.url, ...FAST_WRITER },
    dataDir,
    schema,
    refuseAppends: async () => {
      await schema.query(`CREATE FUNCTION ${refuse}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${REFUSAL}'; END $$`)
      await schema.query(`CREATE TRIGGER refuse_appends BEFORE INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${refuse}()`)
    },
    acceptAppends: async () => {
      await schema.query(`DROP TRIGGER refuse_appends ON ${table}`)
      await schema.query(`DROP FUNCTION ${refuse}()`)
    },
    cleanup: async () => {
      await schema.drop()
      removeDir(dataDir)
    },
  }
}

const cleanups: (() => Promise<void>)[] = []
const peers: Peer[] = []
afterAll(async () => {
  for (const each of peers) each.destroy()
  await killAllServers()
  for (const cleanup of cleanups) await cleanup()
})

function peer(server: ServerProcess, roomId: string): Peer {
  const created = connectPeer(server.wsUrl, roomId)
  peers.push(created)
  return created
}

const notes = (peer: Peer) => peer.doc.getArray<string>('notes').toArray()

async function health(server: ServerProcess): Promise<Record<string, unknown>> {
  return (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>
}

describe.each([
  ['SQLite', async () => sqlite()],
  ['Postgres', postgres],
])('when %s refuses appends', (_name, makeStorage) => {
  it('refuses edits with 1011, loses none of them, and takes edits again once storage is back', { timeout: 60_000 }, async () => {
    const storage = await makeStorage()
    cleanups.push(storage.cleanup)
    const server = await startServer({ dataDir: storage.dataDir, env: storage.env })
    const room = await createRoom(server.url)
    const [writer, observer] = [peer(server, room.id), peer(server, room.id)]
    await Promise.all([synced(writer), synced(observer)])
    writer.doc.getArray<string>('notes').push(['before'])
    await waitFor(() => notes(observer).includes('before'), 5000, 'the first note to be stored and relayed')

    await storage.refuseAppends()
    writer.doc.getArray<string>('notes').push(['typed as storage failed'])
    await waitFor(() => writer.closes.includes(CloseCode.StorageUnavailable), 10_000, 'the writer to be closed with 1011')
    expect(await health(server)).toMatchObject({ storage: 'failing', roomsRefusingEdits: 1 })

    // Someone else editing meanwhile is refused, with a reason a person can read.
    const raw = await openRawSocket(`${server.wsUrl}/${room.id}`)
    const edit = new Y.Doc()
    edit.getArray<string>('notes').push(['sent during the outage'])
    raw.socket.send(encodeUpdate(Y.encodeStateAsUpdate(edit)))
    const refused = await within(raw.closed, 5000, 'the raw socket to be refused')
    expect(refused.code).toBe(CloseCode.StorageUnavailable)
    expect(refused.reason).toMatch(/storage is unavailable/)
    // A browser's edit during the outage stays with it, refused on every reconnection until storage is back.
    const offline = peer(server, room.id)
    offline.doc.getArray<string>('notes').push(['kept in the browser'])
    await waitFor(() => offline.closes.includes(CloseCode.StorageUnavailable), 10_000, 'the browser’s edit to be refused')
    // Readers stay connected through the outage, and were sent nothing unstored.
    expect(notes(observer)).toEqual(['before'])
    expect(observer.closes).toEqual([])

    await storage.acceptAppends()
    const everything = ['before', 'typed as storage failed', 'kept in the browser']
    const hasAll = (peer: Peer) => everything.every((note) => notes(peer).includes(note))
    await waitFor(() => hasAll(observer), 20_000, 'the held and the refused edits to arrive once storage is back')
    expect(await health(server)).toMatchObject({ storage: 'ok', roomsRefusingEdits: 0 })

    await synced(writer, 10_000)
    writer.doc.getArray<string>('notes').push(['after'])
    await waitFor(() => notes(observer).includes('after'), 5000, 'an edit after recovery')

    // All of it is in storage, not just in the server's memory.
    for (const each of [writer, observer, offline]) each.provider.destroy()
    await server.stop()
    const restarted = await startServer({ dataDir: storage.dataDir, env: storage.env })
    const fresh = peer(restarted, room.id)
    await synced(fresh)
    expect(hasAll(fresh) && notes(fresh).includes('after')).toBe(true)
    await restarted.stop()
  })
})

describe('when the database cuts the server’s connections', () => {
  it('carries on without losing an edit', { timeout: 60_000 }, async () => {
    const storage = await postgres()
    cleanups.push(storage.cleanup)
    const server = await startServer({ dataDir: storage.dataDir, env: storage.env })
    const room = await createRoom(server.url)
    const [writer, observer] = [peer(server, room.id), peer(server, room.id)]
    await Promise.all([synced(writer), synced(observer)])

    const ideas = writer.doc.getArray<number>('ideas')
    let sent = 0
    const streaming = (async () => {
      while (sent < 600) {
        ideas.push([sent++])
        await sleep(2)
      }
    })()
    // The server's connections are those whose last query named this run's schema.
    for (let cut = 0; cut < 3; cut++) {
      await sleep(150)
      await storage.schema.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE $1`,
        [`%${storage.schema.schema}%`],
      )
    }
    await streaming
    const observed = () => new Set(observer.doc.getArray<number>('ideas').toArray()).size
    await waitFor(() => observed() === sent, 30_000, `the observer to see all ${sent} ideas`)

    writer.provider.destroy()
    observer.provider.destroy()
    await server.kill()
    const restarted = await startServer({ dataDir: storage.dataDir, env: storage.env })
    const fresh = peer(restarted, room.id)
    await synced(fresh)
    expect(new Set(fresh.doc.getArray<number>('ideas').toArray()).size).toBe(sent)
    await restarted.stop()
  })
})
