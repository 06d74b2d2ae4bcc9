// A small registry of counters, gauges and histograms written out in the Prometheus text
// exposition format (version 0.0.4), so the server needs no metrics library.

export type Labels = Readonly<Record<string, string>>

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

interface Metric {
  readonly name: string
  /** The metric's lines, HELP and TYPE first. */
  render(): string[]
}

/** A value per set of labels, kept in the order the label sets first appeared. */
class Series {
  private readonly values = new Map<string, { labels: Labels; value: number }>()

  get(labels: Labels): number {
    return this.values.get(labelText(labels))?.value ?? 0
  }

  set(labels: Labels, value: number): void {
    this.entry(labels).value = value
  }

  add(labels: Labels, by: number): void {
    this.entry(labels).value += by
  }

  private entry(labels: Labels): { labels: Labels; value: number } {
    const key = labelText(labels)
    let entry = this.values.get(key)
    if (!entry) {
      entry = { labels, value: 0 }
      this.values.set(key, entry)
    }
    return entry
  }

  lines(name: string): string[] {
    return [...this.values.entries()].map(([labels, { value }]) => `${name}${labels} ${formatNumber(value)}`)
  }
}

/** Only goes up. Label sets named up front appear at 0, so rate() works from the first scrape. */
export class Counter implements Metric {
  private readonly series = new Series()

  constructor(
    readonly name: string,
    private readonly help: string,
    initial: readonly Labels[] = [{}],
  ) {
    for (const labels of initial) this.series.set(labels, 0)
  }

  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new RangeError(`${this.name} can only go up, not by ${by}`)
    this.series.add(labels, by)
  }

  value(labels: Labels = {}): number {
    return this.series.get(labels)
  }

  render(): string[] {
    return [...header(this.name, this.help, 'counter'), ...this.series.lines(this.name)]
  }
}

export type SetGauge = (value: number, labels?: Labels) => void

/** A value that goes up and down, set by its owner or by `collect` at each scrape. */
export class Gauge implements Metric {
  private readonly series = new Series()

  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly collect?: (set: SetGauge) => void,
  ) {}

  set(value: number, labels: Labels = {}): void {
    this.series.set(labels, value)
  }

  render(): string[] {
    this.collect?.((value, labels) => this.set(value, labels))
    return [...header(this.name, this.help, 'gauge'), ...this.series.lines(this.name)]
  }
}

/** A value read when scraped that only goes up, such as CPU seconds. */
export class CounterFunction implements Metric {
  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly read: () => number,
  ) {}

  render(): string[] {
    return [...header(this.name, this.help, 'counter'), `${this.name} ${formatNumber(this.read())}`]
  }
}

/** Counts observations into fixed buckets (upper bounds, ascending), per set of labels. */
export class Histogram implements Metric {
  private readonly series = new Map<string, { labels: Labels; buckets: number[]; sum: number; count: number }>()

  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly bounds: readonly number[],
  ) {
    if (bounds.some((bound, i) => i > 0 && bound <= (bounds[i - 1] ?? -Infinity))) {
      throw new RangeError(`${name}'s buckets must ascend`)
    }
  }

  observe(labels: Labels, value: number): void {
    const key = labelText(labels)
    const entry = this.series.get(key) ?? { labels, buckets: this.bounds.map(() => 0), sum: 0, count: 0 }
    this.series.set(key, entry)
    // Each bucket counts what falls at or below its bound: the text format's buckets are cumulative.
    this.bounds.forEach((bound, i) => {
      if (value <= bound) entry.buckets[i] = (entry.buckets[i] ?? 0) + 1
    })
    entry.sum += value
    entry.count += 1
  }

  render(): string[] {
    const lines = header(this.name, this.help, 'histogram')
    for (const { labels, buckets, sum, count } of this.series.values()) {
      this.bounds.forEach((bound, i) => {
        lines.push(`${this.name}_bucket${labelText({ ...labels, le: formatNumber(bound) })} ${buckets[i] ?? 0}`)
      })
      lines.push(`${this.name}_bucket${labelText({ ...labels, le: '+Inf' })} ${count}`)
      lines.push(`${this.name}_sum${labelText(labels)} ${formatNumber(sum)}`)
      lines.push(`${this.name}_count${labelText(labels)} ${count}`)
    }
    return lines
  }
}

export class MetricsRegistry {
  private readonly metrics = new Map<string, Metric>()

  add<M extends Metric>(metric: M): M {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(metric.name)) throw new Error(`"${metric.name}" is not a metric name`)
    if (this.metrics.has(metric.name)) throw new Error(`${metric.name} is registered twice`)
    this.metrics.set(metric.name, metric)
    return metric
  }

  /** Every metric in the text format, ending with a newline as the format asks. */
  render(): string {
    return `${[...this.metrics.values()].flatMap((metric) => metric.render()).join('\n')}\n`
  }
}

function header(name: string, help: string, type: string): string[] {
  return [`# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${name} ${type}`]
}

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels)
  if (pairs.length === 0) return ''
  const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
  return `{${pairs.map(([name, value]) => `${name}="${escape(value)}"`).join(',')}}`
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
