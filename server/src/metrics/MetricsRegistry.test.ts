import { describe, expect, it } from 'vitest'
import { Counter, CounterFunction, Gauge, Histogram, MetricsRegistry } from './MetricsRegistry.ts'
import { parseMetricsText, sampleValue } from './parseMetricsText.ts'

describe('the Prometheus text a registry writes', () => {
  it('has HELP and TYPE for each metric and a line per label set, and parses back', () => {
    const registry = new MetricsRegistry()
    const messages = registry.add(new Counter('t_messages_total', 'Messages.', [{ type: 'update' }, { type: 'awareness' }]))
    registry.add(new Gauge('t_rooms', 'Rooms.', (set) => set(3)))
    registry.add(new CounterFunction('t_cpu_seconds_total', 'CPU.', () => 1.5))
    messages.inc({ type: 'update' }, 2)
    messages.inc({ type: 'update' })

    const text = registry.render()
    expect(text).toContain('# HELP t_messages_total Messages.\n# TYPE t_messages_total counter\n')
    const parsed = parseMetricsText(text)
    expect(parsed.types).toEqual(new Map([['t_messages_total', 'counter'], ['t_rooms', 'gauge'], ['t_cpu_seconds_total', 'counter']]))
    expect(sampleValue(parsed, 't_messages_total', { type: 'update' })).toBe(3)
    // Named up front, so it is there at 0 before anything is counted.
    expect(sampleValue(parsed, 't_messages_total', { type: 'awareness' })).toBe(0)
    expect(sampleValue(parsed, 't_rooms')).toBe(3)
    expect(sampleValue(parsed, 't_cpu_seconds_total')).toBe(1.5)
  })

  it('escapes label values and help text so a quote or newline cannot break the format', () => {
    const registry = new MetricsRegistry()
    registry.add(new Counter('t_odd_total', 'Two\nlines \\ here.', [{ kind: 'say "hi"\nback\\slash' }]))
    const text = registry.render()
    expect(text.split('\n')).toHaveLength(4)
    expect(parseMetricsText(text).samples[0]?.labels).toEqual({ kind: 'say "hi"\nback\\slash' })
  })

  it('writes histograms as cumulative buckets with +Inf, sum and count', () => {
    const registry = new MetricsRegistry()
    const latency = registry.add(new Histogram('t_seconds', 'Latency.', [0.01, 0.1, 1]))
    for (const seconds of [0.005, 0.05, 0.05, 0.5, 5]) latency.observe({ operation: 'load' }, seconds)
    const parsed = parseMetricsText(registry.render())
    const bucket = (le: string) => sampleValue(parsed, 't_seconds_bucket', { operation: 'load', le })
    expect([bucket('0.01'), bucket('0.1'), bucket('1'), bucket('+Inf')]).toEqual([1, 3, 4, 5])
    expect(sampleValue(parsed, 't_seconds_count', { operation: 'load' })).toBe(5)
    expect(sampleValue(parsed, 't_seconds_sum', { operation: 'load' })).toBeCloseTo(5.605)
  })

  it('refuses a counter going down, a bad or repeated name, and buckets out of order', () => {
    const registry = new MetricsRegistry()
    const counter = registry.add(new Counter('t_total', 'Total.'))
    expect(() => counter.inc({}, -1)).toThrow(RangeError)
    expect(() => counter.inc({}, NaN)).toThrow(RangeError)
    expect(counter.value()).toBe(0)
    expect(() => registry.add(new Counter('t_total', 'Again.'))).toThrow(/twice/)
    expect(() => registry.add(new Counter('t-total', 'Dash.'))).toThrow(/not a metric name/)
    expect(() => new Histogram('t_h', 'H.', [1, 0.5])).toThrow(/ascend/)
  })
})

describe('reading the text format', () => {
  it('rejects lines a scraper would reject', () => {
    expect(() => parseMetricsText('t_total 1')).toThrow(/newline/)
    expect(() => parseMetricsText('t_total one\n')).toThrow(/bad value/)
    expect(() => parseMetricsText('t_total{kind=unquoted} 1\n')).toThrow(/bad labels/)
  })
})
