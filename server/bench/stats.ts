// Percentiles and medians for the benchmark's figures: pure, so they can be tested.

/** The p-th percentile (0–100) of `values`, by linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  if (p < 0 || p > 100) throw new RangeError(`a percentile is from 0 to 100, not ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const below = Math.floor(rank)
  const above = Math.ceil(rank)
  const low = sorted[below] as number
  const high = sorted[above] as number
  return low + (high - low) * (rank - below)
}

/** The middle value (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** The median of the runs that produced a figure, ignoring runs that could not (null or NaN). */
export function medianOfRuns(runs: readonly (number | null)[]): number | null {
  const usable = runs.filter((value): value is number => value !== null && !Number.isNaN(value))
  return usable.length === 0 ? null : median(usable)
}
