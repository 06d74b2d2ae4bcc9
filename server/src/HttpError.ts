// The one error type for HTTP answers: a status and a message that is safe to show a person.
// The app's error handler turns it into `{ "error": message }` with that status, adding
// `reason` when a rule refused the request (so a client can tell "budget-spent" from others).
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface HttpErrorExtras {
  /** Extra response headers, such as Retry-After. */
  headers?: Readonly<Record<string, string>>
  /** A machine-readable reason, sent beside the message. */
  reason?: string
}

export class HttpError extends Error {
  readonly headers: Readonly<Record<string, string>>
  readonly reason: string | undefined

  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    extras: HttpErrorExtras = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'HttpError'
    this.headers = extras.headers ?? {}
    this.reason = extras.reason
  }
}
