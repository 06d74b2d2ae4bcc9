// Keeps a tldraw store and the board's canvas map in step, record by record and field by
// field. Local edits go to Yjs under this binding's origin; everything else arriving in
// Yjs enters the store as a remote change, so it never echoes back and never enters undo.
import type { Board } from '@roundtable/shared'
import type { RecordsDiff, TLRecord, TLStore } from 'tldraw'
import * as Y from 'yjs'
import { IDEA_SHAPE_TYPE } from '../board/ideaShape/ideaShapeSchema.ts'
import { inBackground } from './backgroundTask.ts'
import { type PageRect, type RawRecord, loadOrder } from './loadOrder.ts'
import { type MayOverwrite, type PlainRecord, readRecord, writeRecord } from './recordFields.ts'

/** A board with more records than this loads what is in view first and the rest this many at a time. */
export const LOAD_SLICE = 150

/** Record types that belong to the shared board. Camera, selection, pointer and the rest stay in this browser. */
export const SHARED_RECORD_TYPES: ReadonlySet<string> = new Set(['document', 'page', 'shape', 'binding', 'asset'])

export interface CanvasBindingOptions {
  /** Runs inside the Yjs transaction that carries a batch of local changes, so follow-up writes travel with it. */
  onLocalChanges?: (changes: RecordsDiff<TLRecord>) => void
  /** Told once per record that arrives from Yjs but fails validation. */
  warn?: (message: string) => void
  /** The part of the page on screen, so a big board loads the cards there first; without it, everything loads at once. */
  view?: () => PageRect | null
}

type RecordValidator = { validate(record: unknown): TLRecord }

export class CanvasBinding {
  /** The Yjs transaction origin of every change this binding writes. */
  readonly origin = { name: 'roundtable canvas binding' }
  private stopListening: (() => void) | null = null
  private replaying = false
  private readonly toCorrect = new Set<string>()
  private readonly warned = new Set<string>()
  /** Every Yjs client id this browser has written under (Yjs may change it after a clash). */
  private readonly ownClients = new Set<number>()
  /** Records of a big board still to load, in order; null once everything is in the store. */
  private toLoad: Set<string> | null = null
  /** The records still to load as they were read to order them, so they are not read twice. */
  private readForLoading = new Map<string, RawRecord>()
  private cancelLoading: (() => void) | null = null
  private whenLoadedCalls: Array<() => void> = []

  constructor(
    private readonly store: TLStore,
    private readonly board: Board,
    private readonly options: CanvasBindingOptions = {},
  ) {}

  /** Loads the board into the store (or seeds an empty board from it), then follows both sides. */
  start(): void {
    if (this.stopListening) return
    this.load()
    this.stopListening = this.store.listen((entry) => this.writeLocal(entry.changes), { source: 'user', scope: 'document' })
    this.board.canvasMap.observeDeep(this.onYjsChange)
  }

  stop(): void {
    this.cancelLoading?.()
    this.cancelLoading = null
    this.toLoad = null
    this.readForLoading.clear()
    this.whenLoadedCalls = []
    this.stopListening?.()
    this.stopListening = null
    this.board.canvasMap.unobserveDeep(this.onYjsChange)
  }

  /**
   * Runs `fn` once every record of the board is in the store: at once for a small board, after
   * the last slice for a big one. What reasons about the whole canvas (placing cards, fitting
   * them into frames) waits for this.
   */
  whenLoaded(fn: () => void): void {
    if (this.stopListening && this.toLoad === null) fn()
    else this.whenLoadedCalls.push(fn)
  }

  /** Runs `fn` and sends the store changes it makes in the same Yjs transaction as its own Yjs writes. */
  transact(fn: () => void): void {
    this.board.doc.transact(() => {
      fn()
      this.store._flushHistory()
    }, this.origin)
  }

  /**
   * Runs an undo or redo. tldraw's history restores whole records, which would also roll
   * back fields that other people changed since; here only fields this browser wrote last
   * are rolled back, and the store is then put back in line with the board.
   */
  replay(fn: () => void): void {
    this.store._flushHistory()
    this.replaying = true
    try {
      fn()
      this.store._flushHistory()
    } finally {
      this.replaying = false
    }
    const ids = new Set(this.toCorrect)
    this.toCorrect.clear()
    this.applyFromBoard(ids)
  }

  private load(): void {
    const canvas = this.board.canvasMap
    if (canvas.size === 0) {
      // A new board: it starts with this store's page and document records.
      this.board.doc.transact(() => {
        for (const record of this.store.allRecords()) if (SHARED_RECORD_TYPES.has(record.typeName)) this.writeWhole(record)
      }, this.origin)
      return this.loaded()
    }
    const stale = this.store
      .allRecords()
      .filter((record) => SHARED_RECORD_TYPES.has(record.typeName) && !canvas.has(record.id))
      .map((record) => record.id)
    const view = canvas.size > LOAD_SLICE ? (this.options.view?.() ?? null) : null
    if (!view) {
      this.applyFromBoard(new Set(canvas.keys()), stale)
      return this.loaded()
    }
    const raw = new Map<string, RawRecord>()
    for (const [id, entry] of canvas.entries()) if (entry instanceof Y.Map) raw.set(id, readRecord(entry, id))
    const order = loadOrder(raw, view, IDEA_SHAPE_TYPE)
    this.readForLoading = raw
    this.applyFromBoard(new Set([...order.first, ...[...canvas.keys()].filter((id) => !raw.has(id))]), stale)
    if (order.later.length === 0) return this.loaded()
    this.toLoad = new Set(order.later)
    this.cancelLoading = inBackground(this.loadSlice)
  }

  /**
   * Puts the next slice of a big board into the store, each in a background task of its own so
   * the page answers what people do (and renders) in between.
   */
  private readonly loadSlice = (): void => {
    this.cancelLoading = null
    const toLoad = this.toLoad
    if (!toLoad) return
    const slice = new Set<string>()
    for (const id of toLoad) {
      toLoad.delete(id)
      slice.add(id)
      if (slice.size >= LOAD_SLICE) break
    }
    this.applyFromBoard(slice)
    if (toLoad.size > 0) this.cancelLoading = inBackground(this.loadSlice)
    else this.loaded()
  }

  private loaded(): void {
    this.toLoad = null
    this.readForLoading.clear()
    const calls = this.whenLoadedCalls
    this.whenLoadedCalls = []
    for (const call of calls) call()
  }

  private writeLocal(changes: RecordsDiff<TLRecord>): void {
    const shared = sharedOnly(changes)
    if (!shared) return
    const canvas = this.board.canvasMap
    this.board.doc.transact(() => {
      this.ownClients.add(this.board.doc.clientID)
      for (const record of Object.values(shared.added)) this.writeWhole(record)
      for (const [before, after] of Object.values(shared.updated)) {
        const target = canvas.get(after.id)
        // Someone else deleted it in the meantime: their deletion stands.
        if (!(target instanceof Y.Map)) continue
        const mayOverwrite = this.replaying ? this.wroteLast : undefined
        writeRecord(target, after as unknown as PlainRecord, { before: before as unknown as PlainRecord, mayOverwrite })
        if (this.replaying) this.toCorrect.add(after.id)
      }
      for (const record of Object.values(shared.removed)) canvas.delete(record.id)
      this.options.onLocalChanges?.(shared)
    }, this.origin)
  }

  private writeWhole(record: TLRecord): void {
    const canvas = this.board.canvasMap
    let target = canvas.get(record.id)
    if (!(target instanceof Y.Map)) {
      target = new Y.Map<unknown>()
      canvas.set(record.id, target)
    }
    writeRecord(target, record as unknown as PlainRecord)
  }

  private readonly wroteLast: MayOverwrite = (map, key) => {
    const item = map._map.get(key)
    return !item || this.ownClients.has(item.id.client)
  }

  private readonly onYjsChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
    if (transaction.origin === this.origin) return
    const ids = new Set<string>()
    for (const event of events) {
      if (event.target === this.board.canvasMap) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key)
      else if (typeof event.path[0] === 'string') ids.add(event.path[0])
    }
    // A record still waiting to load is brought in now, as it is, and not again later.
    for (const id of ids) {
      this.toLoad?.delete(id)
      this.readForLoading.delete(id)
    }
    this.applyFromBoard(ids)
  }

  /** Puts the board's version of `ids` into the store as a remote change; `alsoRemove` are dropped. */
  private applyFromBoard(ids: ReadonlySet<string>, alsoRemove: readonly TLRecord['id'][] = []): void {
    const puts: TLRecord[] = []
    const removals: TLRecord['id'][] = [...alsoRemove]
    for (const id of ids) {
      const entry = this.board.canvasMap.get(id)
      if (entry instanceof Y.Map) {
        const record = this.parse(id, entry)
        if (record) puts.push(record)
      } else if (entry === undefined) {
        const local = this.store.get(id as TLRecord['id'])
        if (local && SHARED_RECORD_TYPES.has(local.typeName)) removals.push(local.id)
      } else {
        this.warnOnce(id, `canvas entry ${id} is not a record; skipped`)
      }
    }
    if (puts.length === 0 && removals.length === 0) return
    this.store.mergeRemoteChanges(() => {
      if (puts.length > 0) this.store.put(puts)
      if (removals.length > 0) this.store.remove(removals)
    })
  }

  /** A record from the board, validated against this store's schema, or null (logged once) when it does not fit. */
  private parse(id: string, entry: Y.Map<unknown>): TLRecord | null {
    const raw = this.readForLoading.get(id) ?? readRecord(entry, id)
    this.readForLoading.delete(id)
    const typeName = raw['typeName']
    if (raw['id'] !== id || typeof typeName !== 'string' || !SHARED_RECORD_TYPES.has(typeName)) {
      this.warnOnce(id, `canvas record ${id} has an unexpected id or type; skipped`)
      return null
    }
    const type = (this.store.schema.types as Record<string, RecordValidator | undefined>)[typeName]
    try {
      if (!type) throw new Error(`unknown record type ${typeName}`)
      const record = type.validate(raw)
      this.warned.delete(id)
      return record
    } catch (error) {
      this.warnOnce(id, `canvas record ${id} is not valid here and was skipped: ${(error as Error).message}`)
      return null
    }
  }

  private warnOnce(id: string, message: string): void {
    if (this.warned.has(id)) return
    this.warned.add(id)
    ;(this.options.warn ?? console.warn)(message)
  }
}

function sharedOnly(changes: RecordsDiff<TLRecord>): RecordsDiff<TLRecord> | null {
  const pick = <V>(entries: Record<string, V>, typeOf: (value: V) => string) =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => SHARED_RECORD_TYPES.has(typeOf(value))))
  const diff = {
    added: pick(changes.added, (record) => record.typeName),
    updated: pick(changes.updated, ([, after]) => after.typeName),
    removed: pick(changes.removed, (record) => record.typeName),
  } as RecordsDiff<TLRecord>
  const empty = Object.keys(diff.added).length + Object.keys(diff.updated).length + Object.keys(diff.removed).length === 0
  return empty ? null : diff
}
