// Whether a board connection tries again after the server closed it. Only "no such room" is
// final; a busy server, a connection cut for sending too fast, a malformed frame or a missed
// keepalive are all worth another try. A locked board's refusal is not retried with this
// document: the board loads afresh instead.
import { CloseCode, FINAL_CLOSE_CODES } from '@roundtable/shared'

export function reconnectsAfter(code: number): boolean {
  return !FINAL_CLOSE_CODES.has(code) && code !== CloseCode.BoardLocked
}
