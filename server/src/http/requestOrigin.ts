// Who sent a request and which origin they reached us at, honouring X-Forwarded-* headers
// only when the server is configured to sit behind a proxy that sets them.
import type { HttpBindings } from '@hono/node-server'
import type { Context } from 'hono'

export type AppEnv = { Bindings: HttpBindings }

/** The client's address, for rate limiting. Behind a proxy, the last hop it recorded. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    // Our proxy appends the address it saw; anything earlier in the list could be forged.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return c.env.incoming.socket.remoteAddress ?? 'unknown'
}

/** The scheme and host the client used, for absolute links such as a room's URL. */
export function publicOrigin(c: Context<AppEnv>, trustProxy: boolean): string {
  const url = new URL(c.req.url)
  if (trustProxy) {
    const proto = firstValue(c.req.header('x-forwarded-proto'))
    const host = firstValue(c.req.header('x-forwarded-host'))
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`
    if (host) url.host = host
  }
  return url.origin
}

function firstValue(header: string | undefined): string | undefined {
  return header?.split(',')[0]?.trim() || undefined
}
