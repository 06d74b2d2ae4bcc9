import { describe, expect, it } from 'vitest'
import { FANOUT_KINDS } from './Fanout.ts'
import { encodeFanoutMessage, parseFanoutMessage } from './fanoutMessage.ts'

describe('fanout messages', () => {
  it('read back what was written, for every kind', () => {
    for (const kind of FANOUT_KINDS) {
      const message = { origin: 'instance-a', kind, payload: Uint8Array.from([1, 2, 3]) }
      expect(parseFanoutMessage(encodeFanoutMessage(message))).toEqual({ ok: true, message })
    }
  })

  it('refuse damaged or foreign bytes with a reason instead of throwing', () => {
    const good = encodeFanoutMessage({ origin: 'instance-a', kind: 'update', payload: Uint8Array.from([7]) })
    const unknownKind = Uint8Array.from(good)
    unknownKind[12] = 9
    for (const bytes of [new Uint8Array(), Uint8Array.from([2, 0]), good.slice(0, good.length - 1), unknownKind, Uint8Array.from([...good, 0])]) {
      const parsed = parseFanoutMessage(bytes)
      expect(parsed.ok).toBe(false)
      expect(!parsed.ok && parsed.error).not.toBe('')
    }
  })
})
