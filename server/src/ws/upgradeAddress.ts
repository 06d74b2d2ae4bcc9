// Who is asking for a WebSocket, for the per-address limit. The same rule as HTTP's
// clientAddress (requestOrigin.ts): X-Forwarded-For only behind a trusted proxy.
import type { IncomingMessage } from 'node:http'

/** The client's address. Behind a proxy, the last hop it recorded: anything earlier could be forged. */
export function upgradeAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for']
    // Node joins repeated X-Forwarded-For headers with ", ", so the last entry is still the proxy's.
    const forwarded = (Array.isArray(header) ? header.join(',') : header)?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return request.socket.remoteAddress ?? 'unknown'
}
