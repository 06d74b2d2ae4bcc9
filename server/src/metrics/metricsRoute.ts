// GET /metrics for Prometheus: open by default (it holds counts, no names, ids or text), or
// behind a bearer token when the deployment sets one.
import type { Handler } from 'hono'
import { bearerToken } from '../auth/authorize.ts'
import { hashMatches, hashSecret } from '../rooms/roomSecrets.ts'
import { METRICS_CONTENT_TYPE } from './MetricsRegistry.ts'
import type { LiveCounts, ServerMetrics } from './serverMetrics.ts'

export interface MetricsRouteOptions {
  metrics: ServerMetrics
  live: () => LiveCounts
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string | null
}

export function metricsRoute({ metrics, live, token }: MetricsRouteOptions): Handler {
  // Compared as hashes in constant time, so response timing says nothing about the token.
  const expected = token ? hashSecret(token) : null
  return (c) => {
    if (expected !== null && !hashMatches(hashSecret(bearerToken(c.req.header('authorization')) ?? ''), expected)) {
      return c.text('A metrics token is needed.\n', 401, { 'WWW-Authenticate': 'Bearer' })
    }
    return c.body(metrics.render(live()), 200, { 'Content-Type': METRICS_CONTENT_TYPE, 'Cache-Control': 'no-store' })
  }
}
