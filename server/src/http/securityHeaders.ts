// Security headers on every response: a Content-Security-Policy that allows only the app's
// own scripts and no third-party requests, no framing, no referrer, and HSTS over HTTPS.
import type { MiddlewareHandler } from 'hono'
import { publicOrigin, type AppEnv } from './requestOrigin.ts'

/**
 * - script-src 'self': the built client has no inline script (Vite's module-preload
 *   polyfill lives in the entry chunk, not inline) and nothing calls eval.
 * - style-src 'unsafe-inline': tldraw renders <style> elements at run time: its licence
 *   watermark's styles on every canvas without a licence key (the licence says the watermark
 *   must stay visible), TipTap's editor styles, fonts embedded in exports. A nonce would have
 *   to reach all three through the client. Styles cannot run code; scripts stay locked down.
 * - connect-src 'self': the API and the WebSocket of this host (CSP 3 lets 'self' match ws:
 *   and wss: of the same host). It also blocks tldraw's licence-check request on public hosts.
 *   Plus data:, because Vite inlines small files as data: URLs and tldraw fetches one (its
 *   English translations, `{}`); a data: URL never leaves the browser, so nothing can leak.
 * - img-src/media-src blob: and data: cover exports, the QR code and welcome media.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "connect-src 'self' data:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

/** Nothing in the app uses these; denying them means an injected frame or script cannot either. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

/** A year: browsers keep using HTTPS for this host even if a link says http. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000'

const ALWAYS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // For browsers older than frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
}

export function securityHeaders(options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    // Set after the handler, so error pages, 304s and streamed files get them too.
    for (const [name, value] of Object.entries(ALWAYS)) c.res.headers.set(name, value)
    // Only over HTTPS: sent over plain HTTP it would be ignored, and behind a proxy only
    // X-Forwarded-Proto (trusted when TRUST_PROXY is set) says how the browser came.
    if (publicOrigin(c, options.trustProxy).startsWith('https:')) {
      c.res.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
    }
  }
}
