// Formats of room ids and join codes, and parsing of what people type.

/** Room ids are 22 characters of base64url: 132 bits of randomness. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** Join codes avoid letters and digits that are easily confused when read aloud or copied. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const JOIN_CODE_LENGTH = 6

export function isRoomId(value: string): boolean {
  return ROOM_ID_PATTERN.test(value)
}

/** Turns what a person typed ("abc 234", "abc-234") into a join code, or null when it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== JOIN_CODE_LENGTH) return null
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null
  return code
}

/** Join codes are shown in two halves so they are easy to read out: "ABC 234". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}
