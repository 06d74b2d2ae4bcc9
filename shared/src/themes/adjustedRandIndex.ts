// The adjusted Rand index (Hubert and Arabie, 1985): how well two groupings of the same
// ideas agree, 1 for identical, about 0 for chance, negative for worse than chance.

const pairs = (count: number): number => (count * (count - 1)) / 2

/** Compares two labelings of the same ideas, one label per idea, in the same order. */
export function adjustedRandIndex(labelsA: readonly string[], labelsB: readonly string[]): number {
  if (labelsA.length !== labelsB.length) throw new RangeError('both groupings must label the same ideas')
  const n = labelsA.length
  const table = new Map<string, number>()
  const rowTotals = new Map<string, number>()
  const columnTotals = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const a = labelsA[i] ?? ''
    const b = labelsB[i] ?? ''
    // JSON keeps the cell key unambiguous whatever characters the labels hold.
    const cell = JSON.stringify([a, b])
    table.set(cell, (table.get(cell) ?? 0) + 1)
    rowTotals.set(a, (rowTotals.get(a) ?? 0) + 1)
    columnTotals.set(b, (columnTotals.get(b) ?? 0) + 1)
  }
  let index = 0
  for (const count of table.values()) index += pairs(count)
  let rowPairs = 0
  for (const count of rowTotals.values()) rowPairs += pairs(count)
  let columnPairs = 0
  for (const count of columnTotals.values()) columnPairs += pairs(count)
  const expected = n < 2 ? 0 : (rowPairs * columnPairs) / pairs(n)
  const maximum = (rowPairs + columnPairs) / 2
  // Both groupings all-in-one or all-apart: they agree perfectly, and the formula would divide by 0.
  if (maximum === expected) return 1
  return (index - expected) / (maximum - expected)
}

/** Labels each idea by its group, for comparing suggested groups with a facilitator's themes. */
export function labelsOf(groups: readonly { ideaIds: readonly string[] }[], ideaIds: readonly string[]): string[] {
  const groupOf = new Map<string, string>()
  groups.forEach((group, index) => {
    for (const id of group.ideaIds) groupOf.set(id, String(index))
  })
  return ideaIds.map((id) => groupOf.get(id) ?? '')
}
