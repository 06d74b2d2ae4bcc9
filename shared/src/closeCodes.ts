// WebSocket close codes the server sends and the client explains to people.
// Defined once here so both sides agree; 4000–4999 are free for applications.

export const CloseCode = {
  /** The server is restarting; clients should reconnect (RFC 6455 "service restart"). */
  ServiceRestart: 1012,
  /** The server could not save an edit, so it did not pass it on; clients should reconnect (RFC 6455 "internal error"). */
  StorageUnavailable: 1011,
  /** The connection sent messages faster than allowed (RFC 6455 "policy violation"); clients reconnect. */
  TooManyMessages: 1008,
  /** Too many connections from this address, or too many rooms open on this server (RFC 6455 "try again later"); clients retry. */
  TryAgainLater: 1013,
  /** A frame exceeded the size limit (RFC 6455 "message too big"). */
  MessageTooBig: 1009,
  /** A frame could not be parsed as a y-websocket message or a Yjs update. */
  MalformedMessage: 4400,
  /** The room id names no room. Clients should stop reconnecting. */
  RoomNotFound: 4404,
  /** A client wrote to a document only the server writes (the session document). */
  ReadOnly: 4403,
  /** The board is locked and this connection may not change it; the client should reload the board. */
  BoardLocked: 4423,
  /** The peer stopped answering pings. */
  KeepaliveTimeout: 4408,
} as const

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Close codes after which reconnecting cannot help. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([CloseCode.RoomNotFound])
