// Converts canvas records to and from per-field Y.Map entries: top-level fields as entries,
// `props` and `meta` as nested maps of their fields, anything deeper stored whole. Two
// people changing different fields of one shape therefore both keep their change.
// A field holding its usual value (see `usualFields`) is not written where the record has no
// entry for it, and reading puts it back: a card is stored in 8 entries instead of 16, so a
// big board is a third smaller and loads that much faster. Records stored in full read the same.
import { ideaIdOfShape } from '@roundtable/shared'
import * as Y from 'yjs'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE } from '../board/ideaShape/ideaShapeSchema.ts'

/** A record as plain data: what tldraw puts in its store, before validation. */
export type PlainRecord = { readonly id: string; readonly typeName: string } & { readonly [field: string]: unknown }

/** Fields whose own fields are stored one entry each. */
const NESTED_FIELDS: ReadonlySet<string> = new Set(['props', 'meta'])

/** Decides, for one entry about to be written, whether this client may overwrite it. */
export type MayOverwrite = (map: Y.Map<unknown>, key: string) => boolean

export interface WriteOptions {
  /**
   * The record as it was before the local change. When given, only fields that differ
   * between `before` and the new record are written: fields the person did not touch keep
   * whatever anyone else wrote.
   */
  before?: PlainRecord | null
  mayOverwrite?: MayOverwrite
}

interface UsualFields {
  top: Readonly<Record<string, unknown>>
  props: Readonly<Record<string, unknown>>
}

const NONE: Readonly<Record<string, unknown>> = Object.freeze({})
const SHAPE_FIELDS = { rotation: 0, isLocked: false, opacity: 1 } as const

/**
 * The values a record's fields hold unless stored otherwise: its id (the board's key for it)
 * and type name (the id's prefix, as tldraw makes ids); a shape's rotation, lock and opacity
 * as tldraw creates them; and an idea card's size and idea (from its id).
 */
export function usualFields(id: string, type: unknown): UsualFields {
  const typeName = id.slice(0, Math.max(0, id.indexOf(':')))
  const top = typeName === 'shape' ? { id, typeName, ...SHAPE_FIELDS } : { id, typeName }
  const ideaId = type === IDEA_SHAPE_TYPE ? ideaIdOfShape(id) : null
  return { top, props: ideaId === null ? NONE : { ...IDEA_CARD_SIZE, ideaId } }
}

/** Reads the record stored under `id` back into plain data; the caller validates it. */
export function readRecord(map: Y.Map<unknown>, id: string): Record<string, unknown> {
  const usual = usualFields(id, map.get('type'))
  const record: Record<string, unknown> = { ...usual.top }
  for (const [key, value] of map.entries()) {
    record[key] = value instanceof Y.Map ? readNested(value, key === 'props' ? usual.props : NONE) : value
  }
  return record
}

function readNested(map: Y.Map<unknown>, usual: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const object: Record<string, unknown> = { ...usual }
  for (const [key, value] of map.entries()) object[key] = value
  return object
}

/**
 * Writes `after` into `target` field by field, touching only entries whose value really
 * changes. Returns the number of entries written or deleted. Call inside a transaction.
 */
export function writeRecord(target: Y.Map<unknown>, after: PlainRecord, options: WriteOptions = {}): number {
  const before = options.before ?? null
  const usual = usualFields(after.id, after['type'])
  let writes = 0
  for (const key of unionKeys(after, before ?? {}, before ? {} : fieldsOf(target))) {
    const next = after[key]
    if (before && jsonEqual(before[key], next)) continue
    if (NESTED_FIELDS.has(key) && isPlainObject(next)) {
      let nested = target.get(key)
      const created = !(nested instanceof Y.Map)
      if (created) {
        if (options.mayOverwrite && target.has(key) && !options.mayOverwrite(target, key)) continue
        // Made even when empty, so two people changing different fields of it both keep theirs.
        nested = new Y.Map<unknown>()
        target.set(key, nested)
        writes++
      }
      const previous = before && isPlainObject(before[key]) && !created ? before[key] : null
      writes += writeFlat(nested as Y.Map<unknown>, next, previous, key === 'props' ? usual.props : NONE, options.mayOverwrite)
      continue
    }
    writes += writeEntry(target, key, next, usual.top, options.mayOverwrite)
  }
  return writes
}

function writeFlat(
  target: Y.Map<unknown>,
  after: Readonly<Record<string, unknown>>,
  before: Readonly<Record<string, unknown>> | null,
  usual: Readonly<Record<string, unknown>>,
  mayOverwrite: MayOverwrite | undefined,
): number {
  let writes = 0
  for (const key of unionKeys(after, before ?? {}, before ? {} : fieldsOf(target))) {
    if (before && jsonEqual(before[key], after[key])) continue
    writes += writeEntry(target, key, after[key], usual, mayOverwrite)
  }
  return writes
}

function writeEntry(
  target: Y.Map<unknown>,
  key: string,
  value: unknown,
  usual: Readonly<Record<string, unknown>>,
  mayOverwrite: MayOverwrite | undefined,
): number {
  const current = target.get(key)
  // Absent already reads as this value.
  if (!target.has(key) && Object.hasOwn(usual, key) && jsonEqual(usual[key], value)) return 0
  // Yjs cannot hold undefined; an absent field and an undefined one mean the same to tldraw.
  if (value === undefined) {
    if (!target.has(key)) return 0
    if (mayOverwrite && !mayOverwrite(target, key)) return 0
    target.delete(key)
    return 1
  }
  if (target.has(key) && jsonEqual(current, value)) return 0
  if (mayOverwrite && target.has(key) && !mayOverwrite(target, key)) return 0
  target.set(key, value)
  return 1
}

function fieldsOf(map: Y.Map<unknown>): Record<string, true> {
  const keys: Record<string, true> = {}
  for (const key of map.keys()) keys[key] = true
  return keys
}

function unionKeys(...objects: ReadonlyArray<Readonly<Record<string, unknown>>>): Set<string> {
  const keys = new Set<string>()
  for (const object of objects) for (const key of Object.keys(object)) keys.add(key)
  return keys
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Structural equality for JSON-like values (what records are made of). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false
    return true
  }
  const aObject = a as Record<string, unknown>
  const bObject = b as Record<string, unknown>
  const aKeys = Object.keys(aObject).filter((key) => aObject[key] !== undefined)
  const bKeys = Object.keys(bObject).filter((key) => bObject[key] !== undefined)
  if (aKeys.length !== bKeys.length) return false
  for (const key of aKeys) if (!jsonEqual(aObject[key], bObject[key])) return false
  return true
}
