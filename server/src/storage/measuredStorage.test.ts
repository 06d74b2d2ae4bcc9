// The measured storage must behave exactly like the one inside it (the whole contract runs
// through it), while timing each call by name and counting failures.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ErrorKind } from '../metrics/serverMetrics.ts'
import { measuredStorage } from './measuredStorage.ts'
import { newRoomRecord } from './roomFixtures.ts'
import { SqliteStorage } from './SqliteStorage.ts'
import { describeStorageContract } from './storageContract.ts'

class Meter {
  readonly timings: { operation: string; seconds: number }[] = []
  readonly errors: ErrorKind[] = []
  observeStorage(operation: string, seconds: number): void {
    this.timings.push({ operation, seconds })
  }
  countError(kind: ErrorKind): void {
    this.errors.push(kind)
  }
}

describeStorageContract('measuredStorage(SqliteStorage)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-measured-'))
  return {
    open: async () => measuredStorage(SqliteStorage.open(dir), new Meter()),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
})

describe('measuredStorage', () => {
  it('times each call under the name of its operation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-measured-'))
    const meter = new Meter()
    const storage = measuredStorage(SqliteStorage.open(dir), meter)
    const room = newRoomRecord()
    await storage.createRoom(room)
    await storage.appendUpdates([{ roomId: room.id, doc: 'board', update: Uint8Array.from([0, 0]) }])
    await storage.listFacilitatorLinks(room.id)
    await storage.close()
    expect(meter.timings.map((timing) => timing.operation)).toEqual(['createRoom', 'appendUpdates', 'listFacilitatorLinks', 'close'])
    expect(meter.timings.every((timing) => timing.seconds >= 0 && timing.seconds < 60)).toBe(true)
    expect(meter.errors).toEqual([])
    rmSync(dir, { recursive: true, force: true })
  })

  it('counts a failed call as a storage error and passes the failure on unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-measured-'))
    const meter = new Meter()
    const storage = measuredStorage(SqliteStorage.open(dir), meter)
    await storage.close()
    // A closed database refuses every call.
    await expect(storage.getRoom('AAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow()
    expect(meter.errors).toEqual(['storage'])
    expect(meter.timings.at(-1)?.operation).toBe('getRoom')
    rmSync(dir, { recursive: true, force: true })
  })
})
