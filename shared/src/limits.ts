// Sizes and rates that both sides enforce, so the client can stop a person before the
// server would refuse them.

export const Limits = {
  /** Largest WebSocket frame accepted from a client, in bytes. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Longest idea, in characters. */
  maxIdeaLength: 1000,
  maxRoomTitleLength: 120,
  maxRoomQuestionLength: 300,
  maxNameLength: 40,
  /**
   * Join-code look-ups allowed per address in one window. A room full of phones on venue
   * Wi-Fi often shares one address, so this is generous; guessing one of 32^6 codes at
   * this rate would still take years.
   */
  codeLookupsPerWindow: 60,
  codeLookupWindowMs: 60_000,
} as const
