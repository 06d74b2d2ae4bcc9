// Reads the Prometheus text format back into samples, as a scraper would: the tests use it
// to check what /metrics says, and that what the registry writes is well formed.

export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

export interface ParsedMetrics {
  samples: Sample[]
  /** Metric family name → its TYPE line's type. */
  types: Map<string, string>
  help: Map<string, string>
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y

/** Throws on the first line a Prometheus scraper would reject, naming it. */
export function parseMetricsText(text: string): ParsedMetrics {
  const parsed: ParsedMetrics = { samples: [], types: new Map(), help: new Map() }
  if (!text.endsWith('\n')) throw new Error('the text must end with a newline')
  for (const line of text.slice(0, -1).split('\n')) {
    const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line)
    if (comment) {
      const [, what, name = '', rest = ''] = comment
      if (what === 'TYPE') parsed.types.set(name, rest)
      else parsed.help.set(name, rest)
      continue
    }
    const sample = SAMPLE.exec(line)
    if (!sample) throw new Error(`not a sample line: ${line}`)
    const [, name = '', labels = '', value = ''] = sample
    parsed.samples.push({ name, labels: parseLabels(labels, line), value: parseValue(value, line) })
  }
  return parsed
}

/** The value of the one sample with this name and these labels (others ignored), or undefined. */
export function sampleValue(metrics: ParsedMetrics, name: string, labels: Record<string, string> = {}): number | undefined {
  return metrics.samples.find(
    (sample) => sample.name === name && Object.entries(labels).every(([label, value]) => sample.labels[label] === value),
  )?.value
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {}
  LABEL.lastIndex = 0
  while (LABEL.lastIndex < text.length) {
    const match = LABEL.exec(text)
    if (!match) throw new Error(`bad labels in: ${line}`)
    const [, name = '', value = ''] = match
    labels[name] = value.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char))
  }
  return labels
}

function parseValue(text: string, line: string): number {
  if (text === '+Inf') return Infinity
  if (text === '-Inf') return -Infinity
  if (text === 'NaN') return NaN
  const value = Number(text)
  if (text === '' || Number.isNaN(value)) throw new Error(`bad value in: ${line}`)
  return value
}
