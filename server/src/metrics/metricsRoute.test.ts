import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { metricsRoute } from './metricsRoute.ts'
import { parseMetricsText, sampleValue } from './parseMetricsText.ts'
import { ServerMetrics } from './serverMetrics.ts'

function appWith(token: string | null): Hono {
  const live = () => ({ rooms: 4, connections: 9 })
  return new Hono().get('/metrics', metricsRoute({ metrics: new ServerMetrics(), live, token }))
}

describe('GET /metrics', () => {
  it('answers Prometheus text with the live counts, not to be cached', async () => {
    const response = await appWith(null).request('/metrics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const parsed = parseMetricsText(await response.text())
    expect(sampleValue(parsed, 'roundtable_rooms_live')).toBe(4)
    expect(sampleValue(parsed, 'roundtable_connections')).toBe(9)
  })

  it('asks for the token when one is set, and refuses a wrong one', async () => {
    const app = appWith('scrape-secret-7d1f')
    const missing = await app.request('/metrics')
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toBe('Bearer')
    expect(await missing.text()).not.toContain('roundtable_')
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer scrape-secret-7d1e' } })).status).toBe(401)
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer scrape-secret-7d1f' } })).status).toBe(200)
  })
})
