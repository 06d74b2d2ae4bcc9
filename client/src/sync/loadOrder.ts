// The order a big board's records enter the canvas: what is on screen first, so the board
// shows and answers at once, then the other idea cards nearest first, a slice at a time.
// tldraw mounts every shape it holds, so putting thousands of cards in at once keeps the
// page from answering for seconds.

/** A rectangle in page coordinates. */
export interface PageRect {
  x: number
  y: number
  w: number
  h: number
}

/** A canvas record as read from the board, before validation. */
export type RawRecord = Readonly<Record<string, unknown>>

export interface LoadOrder {
  /** Everything but idea cards away from the view: the page, frames, drawings, cards in view. */
  first: string[]
  /** Idea cards away from the view, nearest first, then the bindings (which may point at them). */
  later: string[]
}

/** Cards within this distance of the view come first too: "Add an idea" looks three cards around the middle for a free spot. */
export const VIEW_MARGIN = 800

export function loadOrder(records: ReadonlyMap<string, RawRecord>, view: PageRect, ideaShapeType: string): LoadOrder {
  const near = { x: view.x - VIEW_MARGIN, y: view.y - VIEW_MARGIN, w: view.w + VIEW_MARGIN * 2, h: view.h + VIEW_MARGIN * 2 }
  const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 }
  const first: string[] = []
  const away: Array<{ id: string; distance: number }> = []
  const bindings: string[] = []
  for (const [id, record] of records) {
    if (record['typeName'] === 'binding') {
      bindings.push(id)
      continue
    }
    const rect = record['typeName'] === 'shape' && record['type'] === ideaShapeType ? pageRect(records, record) : null
    if (!rect || overlaps(rect, near)) {
      first.push(id)
      continue
    }
    away.push({ id, distance: Math.hypot(rect.x + rect.w / 2 - centre.x, rect.y + rect.h / 2 - centre.y) })
  }
  away.sort((a, b) => a.distance - b.distance)
  if (away.length === 0) return { first: [...first, ...bindings], later: [] }
  return { first, later: [...away.map(({ id }) => id), ...bindings] }
}

/** Where a shape roughly is on the page: its place plus its parents' (rotation ignored, this only orders loading). */
function pageRect(records: ReadonlyMap<string, RawRecord>, shape: RawRecord): PageRect | null {
  let x = numberOr(shape['x'], Number.NaN)
  let y = numberOr(shape['y'], Number.NaN)
  const props = shape['props'] as RawRecord | undefined
  const w = numberOr(props?.['w'], 0)
  const h = numberOr(props?.['h'], 0)
  let parent = records.get(String(shape['parentId']))
  for (let depth = 0; parent?.['typeName'] === 'shape' && depth < 32; depth++) {
    x += numberOr(parent['x'], 0)
    y += numberOr(parent['y'], 0)
    parent = records.get(String(parent['parentId']))
  }
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y, w, h } : null
}

function overlaps(a: PageRect, b: PageRect): boolean {
  return a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback
}
