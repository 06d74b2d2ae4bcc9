import { describe, expect, it } from 'vitest'
import { parsePlan, PARTS } from './plan.ts'

const SERVERS = ['roundtable', 'hocuspocus']

function parsePlanOrThrow(argv: string[]) {
  const parsed = parsePlan(argv, SERVERS)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.plan
}

describe('parsePlan', () => {
  it('runs every part against every server, with medians of three runs, by default', () => {
    const parsed = parsePlan([], SERVERS)
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.plan.parts).toEqual([...PARTS])
    expect(parsed.plan.servers).toEqual([])
    expect(parsed.plan.roundtableRoot).toBeNull()
    expect(parsed.plan.propagation.windows).toBe(3)
    // The load generator warms up for at least as long as one server's warm-up and window.
    expect(parsed.plan.propagation.generatorWarmup.ms).toBeGreaterThanOrEqual(parsed.plan.propagation.warmupMs + parsed.plan.propagation.windowMs)
    expect(parsed.plan.coldLoad.runs).toBe(3)
    expect(parsed.plan.sustainedWrites.durationMs).toBe(60_000)
  })

  it('makes --quick a short smoke run of one run each and ten seconds of writing', () => {
    const parsed = parsePlan(['--quick'], SERVERS)
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.plan.propagation.windows).toBe(1)
    expect(parsed.plan.propagation.generatorWarmup.ms).toBeLessThan(parsePlanOrThrow([]).propagation.generatorWarmup.ms)
    expect(parsed.plan.coldLoad.runs).toBe(1)
    expect(parsed.plan.sustainedWrites.durationMs).toBe(10_000)
  })

  it('keeps the parts named by --only, in the usual order', () => {
    const parsed = parsePlan(['--only', 'cold-load,propagation'], SERVERS)
    expect(parsed.ok && parsed.plan.parts).toEqual(['propagation', 'cold-load'])
  })

  it('runs nothing with --report-only, so RESULTS.md is written again from the kept figures', () => {
    const parsed = parsePlan(['--report-only'], SERVERS)
    expect(parsed.ok && parsed.plan.parts).toEqual([])
  })

  it('measures another checkout of Roundtable when given one', () => {
    const parsed = parsePlan(['--roundtable', '/tmp/before'], SERVERS)
    expect(parsed.ok && parsed.plan.roundtableRoot).toBe('/tmp/before')
  })

  it('refuses an unknown part, server or option with a sentence saying what is allowed', () => {
    const part = parsePlan(['--only', 'everything'], SERVERS)
    expect(!part.ok && part.error).toMatch(/--only takes parts from: propagation/)
    const server = parsePlan(['--servers', 'etherpad'], SERVERS)
    expect(!server.ok && server.error).toMatch(/roundtable, hocuspocus/)
    expect(parsePlan(['--fast'], SERVERS)).toEqual({ ok: false, error: 'unknown option --fast' })
    expect(parsePlan(['--only'], SERVERS).ok).toBe(false)
  })

  it('keeps a --before run apart, and only for another checkout', () => {
    const parsed = parsePlan(['--roundtable', '../before', '--before', '--servers', 'roundtable'], SERVERS)
    expect(parsed.ok && parsed.plan.before).toBe(true)
    expect(parsePlan(['--before'], SERVERS).ok).toBe(false)
  })
})
