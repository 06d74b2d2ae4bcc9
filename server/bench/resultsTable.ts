// Formats the benchmark's figures as Markdown tables: one column per server, and in each
// peer's column Roundtable's figure divided by that peer's, so "0.50×" means half of theirs.

/** A measured number, null when it was not measured, or a few words saying why there is none. */
export type Figure = number | null | string

export interface MetricRow {
  /** What the row measures, with its unit: "p99 latency (ms)". */
  metric: string
  /** Keyed by server name. */
  values: Readonly<Record<string, Figure>>
  /** False for a row whose ratio would mean nothing (a count of things sent, a yes/no). */
  compare?: boolean
}

export interface ComparisonTable {
  /** Server names, ours first or not: columns follow this order. */
  servers: readonly string[]
  /** The server every ratio is taken of. */
  ours: string
  rows: readonly MetricRow[]
}

/** Whole numbers as they are; others to about three significant figures: 0.012, 1.23, 12.3, 1,235. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const size = Math.abs(value)
  if (Number.isInteger(value)) return value.toLocaleString('en-GB')
  if (size >= 100) return Math.round(value).toLocaleString('en-GB')
  if (size >= 10) return value.toFixed(1)
  if (size >= 1) return value.toFixed(2)
  return value.toPrecision(2)
}

export function formatFigure(value: Figure | undefined): string {
  if (value === null || value === undefined) return '—'
  return typeof value === 'number' ? formatNumber(value) : value
}

/** Ours divided by theirs, e.g. "0.50×"; empty unless both are finite, ours is not negative and theirs is above zero. */
export function ratioText(ours: Figure | undefined, theirs: Figure | undefined): string {
  if (typeof ours !== 'number' || typeof theirs !== 'number' || theirs <= 0 || ours < 0) return ''
  if (!Number.isFinite(ours) || !Number.isFinite(theirs)) return ''
  return `${(ours / theirs).toFixed(2)}×`
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function comparisonTable(table: ComparisonTable): string {
  const header = ['', ...table.servers]
  const rows = table.rows.map((row) => {
    const ours = row.values[table.ours]
    return [
      row.metric,
      ...table.servers.map((server) => {
        const figure = formatFigure(row.values[server])
        if (server === table.ours || row.compare === false) return figure
        const ratio = ratioText(ours, row.values[server])
        return ratio === '' ? figure : `${figure} (ours ${ratio})`
      }),
    ]
  })
  return markdownTable(header, rows)
}
