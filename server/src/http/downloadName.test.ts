import { describe, expect, it } from 'vitest'
import { attachment } from './downloadName.ts'

describe('attachment', () => {
  it('names the file after the title in safe characters', () => {
    expect(attachment('Outpatients: "what matters", together', '.csv')).toBe('attachment; filename="outpatients-what-matters-together.csv"')
    expect(attachment('../../etc/passwd\r\nX-Evil: 1', '.md')).toBe('attachment; filename="etc-passwd-x-evil-1.md"')
  })

  it('falls back to "roundtable" and adds the UTF-8 name when the title is not ASCII', () => {
    expect(attachment('', '-backup.json')).toBe('attachment; filename="roundtable-backup.json"')
    expect(attachment('Café day', '.csv')).toBe(`attachment; filename="cafe-day.csv"; filename*=UTF-8''caf%C3%A9-day.csv`)
    expect(attachment('مواعيد العيادة', '.md')).toBe(
      `attachment; filename="roundtable.md"; filename*=UTF-8''${encodeURIComponent('مواعيد-العيادة.md')}`,
    )
  })
})
