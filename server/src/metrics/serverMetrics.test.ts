import { describe, expect, it } from 'vitest'
import { parseMetricsText, sampleValue } from './parseMetricsText.ts'
import { ServerMetrics } from './serverMetrics.ts'

describe('the server metrics', () => {
  it('expose every series from the first scrape, at zero, with the live counts given', () => {
    const parsed = parseMetricsText(new ServerMetrics().render({ rooms: 2, connections: 5 }))
    expect(sampleValue(parsed, 'roundtable_rooms_live')).toBe(2)
    expect(sampleValue(parsed, 'roundtable_connections')).toBe(5)
    for (const name of ['roundtable_updates_total', 'roundtable_update_bytes_total', 'roundtable_received_bytes_total', 'roundtable_sent_bytes_total']) {
      expect(sampleValue(parsed, name), name).toBe(0)
    }
    expect(sampleValue(parsed, 'roundtable_messages_total', { type: 'update' })).toBe(0)
    expect(sampleValue(parsed, 'roundtable_errors_total', { kind: 'storage' })).toBe(0)
    expect(sampleValue(parsed, 'roundtable_limited_total', { limit: 'messages-per-second' })).toBe(0)
    expect(parsed.help.get('roundtable_updates_total')).toContain('rate(roundtable_updates_total')
    expect(sampleValue(parsed, 'process_resident_memory_bytes')).toBeGreaterThan(0)
    expect(sampleValue(parsed, 'process_cpu_seconds_total')).toBeGreaterThan(0)
    expect(sampleValue(parsed, 'roundtable_event_loop_lag_seconds', { quantile: '0.99' })).toBeGreaterThanOrEqual(0)
  })

  it('count messages by type, updates and bytes, errors by kind, limits and storage time by operation', () => {
    const metrics = new ServerMetrics()
    metrics.countMessage('update', 120)
    metrics.countMessage('awareness', 30)
    metrics.countMessage('update', 80)
    metrics.countUpdate(100)
    metrics.countSent(500)
    metrics.countError('malformed-frame')
    metrics.countLimited('live-rooms')
    metrics.observeStorage('appendUpdates', 0.003)
    const parsed = parseMetricsText(metrics.render({ rooms: 0, connections: 0 }))
    expect(sampleValue(parsed, 'roundtable_messages_total', { type: 'update' })).toBe(2)
    expect(sampleValue(parsed, 'roundtable_messages_total', { type: 'awareness' })).toBe(1)
    expect(sampleValue(parsed, 'roundtable_received_bytes_total')).toBe(230)
    expect(sampleValue(parsed, 'roundtable_updates_total')).toBe(1)
    expect(sampleValue(parsed, 'roundtable_update_bytes_total')).toBe(100)
    expect(sampleValue(parsed, 'roundtable_sent_bytes_total')).toBe(500)
    expect(sampleValue(parsed, 'roundtable_errors_total', { kind: 'malformed-frame' })).toBe(1)
    expect(sampleValue(parsed, 'roundtable_limited_total', { limit: 'live-rooms' })).toBe(1)
    expect(sampleValue(parsed, 'roundtable_storage_seconds_count', { operation: 'appendUpdates' })).toBe(1)
    expect(sampleValue(parsed, 'roundtable_storage_seconds_bucket', { operation: 'appendUpdates', le: '0.005' })).toBe(1)
    expect(sampleValue(parsed, 'roundtable_storage_seconds_bucket', { operation: 'appendUpdates', le: '0.0025' })).toBe(0)
  })
})
