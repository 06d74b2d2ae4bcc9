// Room records for storage tests: each call a new id and a distinct join code.
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@roundtable/shared'
import type { NewRoomRecord } from './Storage.ts'

let roomCounter = 0
export function newRoomRecord(overrides: Partial<NewRoomRecord> = {}): NewRoomRecord {
  roomCounter++
  return {
    id: `room${String(roomCounter).padStart(18, '0')}`,
    code: joinCodeFor(roomCounter),
    facilitatorLink: { id: `link${String(roomCounter).padStart(12, '0')}`, keyHash: 'a'.repeat(64) },
    title: 'Improving the discharge letter',
    question: 'What would make leaving hospital easier?',
    createdAt: 1_700_000_000_000,
    ...overrides,
  }
}

/** A distinct six-character code per counter value, written in the join-code alphabet. */
function joinCodeFor(n: number): string {
  let code = ''
  for (let i = 0, rest = n; i < JOIN_CODE_LENGTH; i++, rest = Math.floor(rest / JOIN_CODE_ALPHABET.length)) {
    code = JOIN_CODE_ALPHABET.charAt(rest % JOIN_CODE_ALPHABET.length) + code
  }
  return code
}
