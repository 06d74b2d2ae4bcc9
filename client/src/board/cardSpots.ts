// Where new cards can go: card-sized spots around a point, nearest first, that do not
// overlap anything already on the board, so new ideas never hide others.

export interface Rect {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

export interface Spot {
  x: number
  y: number
}

const GAP = 24

/**
 * Free top-left corners for cards of `size` around `centre`, nearest first: in rings
 * around the middle, the same row first, then right before left.
 */
export function freeSpots(centre: Spot, size: { w: number; h: number }, taken: readonly Rect[], rings = 3): Spot[] {
  const start = { x: centre.x - size.w / 2, y: centre.y - size.h / 2 }
  const steps: Array<[number, number]> = []
  for (let column = -rings; column <= rings; column++) for (let row = -rings; row <= rings; row++) steps.push([column, row])
  steps.sort(
    ([c1, r1], [c2, r2]) =>
      Math.max(Math.abs(c1), Math.abs(r1)) - Math.max(Math.abs(c2), Math.abs(r2)) || Math.abs(r1) - Math.abs(r2) || r1 - r2 || c2 - c1,
  )
  const isFree = (spot: Spot) =>
    !taken.some((b) => spot.x < b.maxX && spot.x + size.w > b.minX && spot.y < b.maxY && spot.y + size.h > b.minY)
  return steps.map(([column, row]) => ({ x: start.x + column * (size.w + GAP), y: start.y + row * (size.h + GAP) })).filter(isFree)
}

/**
 * Spots for `count` cards published at once: a shuffled pick among the nearest free
 * spots. Several browsers publish together without seeing each other's cards yet, so
 * picking at random from more spots than needed makes their cards land on one another
 * less often. `random` returns a number in [0, 1).
 */
export function scatteredSpots(centre: Spot, size: { w: number; h: number }, taken: readonly Rect[], count: number, random: () => number): Spot[] {
  const rings = Math.max(3, Math.ceil(Math.sqrt(count * 2)))
  // Twice as many spots as cards, and at least the ring around the middle: close enough to
  // stay in view, spread enough that two browsers seldom pick the same spot.
  const nearest = freeSpots(centre, size, taken, rings).slice(0, Math.max(count * 2, 8))
  const picked = shuffle(nearest, random).slice(0, count)
  // More cards than free spots: the rest go in a row below, which is free by construction.
  const below = Math.max(centre.y, ...taken.map((b) => b.maxY)) + GAP
  for (let n = picked.length; n < count; n++) picked.push({ x: centre.x - size.w / 2 + (n - picked.length) * (size.w + GAP), y: below })
  return picked
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}
