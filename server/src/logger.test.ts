import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REDACTED, createLogger, setLogLevel, setLogWriter } from './logger.ts'

let lines: string[] = []
let restore: ((line: string) => void) | null = null

beforeEach(() => {
  lines = []
  restore = setLogWriter((line) => lines.push(line))
  setLogLevel('debug')
})

afterEach(() => {
  if (restore) setLogWriter(restore)
  setLogLevel('info')
})

const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>)

describe('log lines', () => {
  it('are one JSON object per line with an ISO time, a level label, the scope, the message and the fields', () => {
    createLogger('rooms', { room: 'r1' }).child({ connection: 'c1' }).info('joined', { connections: 2 })
    expect(lines).toHaveLength(1)
    expect(lines[0]?.endsWith('\n')).toBe(true)
    const [line] = parsed()
    expect(line).toMatchObject({ level: 'info', scope: 'rooms', room: 'r1', connection: 'c1', connections: 2, msg: 'joined' })
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time)
  })

  it('let a call replace a field of its logger, without the key appearing twice', () => {
    createLogger('ws', { room: 'r1' }).warn('moved', { room: 'r2' })
    expect(lines[0]?.match(/"room"/g)).toHaveLength(1)
    expect(parsed()[0]?.room).toBe('r2')
  })

  it('follow the level set after the logger was made, down to silence', () => {
    const log = createLogger('http')
    setLogLevel('warn')
    log.info('hidden')
    log.warn('shown')
    setLogLevel('silent')
    log.error('hidden too')
    expect(parsed().map((line) => line.msg)).toEqual(['shown'])
  })
})

describe('the redaction safety net', () => {
  const ideaText = 'My mum waits three hours for the bus to the clinic'
  const facilitatorKey = 'fk_3rJ9xQm2Lp8vTz5Wn1Yb4Hc'

  it('never lets a key-like field or an idea text reach the output', () => {
    const log = createLogger('facilitation', { room: 'r1', facilitatorKey })
    log.info('idea added', { text: ideaText, key: facilitatorKey, token: facilitatorKey, idea: 'i1' })
    log.child({ authorization: `Bearer ${facilitatorKey}` }).error('refused', { content: ideaText, password: facilitatorKey })
    const output = lines.join('')
    expect(output).not.toContain(facilitatorKey)
    expect(output).not.toContain(ideaText)
    const [added, refused] = parsed()
    expect(added).toMatchObject({ text: REDACTED, key: REDACTED, token: REDACTED, facilitatorKey: REDACTED, idea: 'i1', room: 'r1' })
    expect(refused).toMatchObject({ authorization: REDACTED, content: REDACTED, password: REDACTED })
  })

  it('also reaches one level down, should an object be passed despite the types', () => {
    const fields = { idea: { text: ideaText } } as unknown as Record<string, string>
    createLogger('room').info('oops', fields)
    expect(lines.join('')).not.toContain(ideaText)
  })
})
