import { PHASES, PHASE_TEXT } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { phaseAnnouncement, phaseInstruction, phaseName } from './phaseWords.ts'

describe('phase words', () => {
  it('says each phase in English as the shared text does', () => {
    const english = translatorFor('en')
    for (const phase of PHASES) {
      expect(phaseName(phase, english)).toBe(PHASE_TEXT[phase].name)
      expect(phaseInstruction(phase, english)).toBe(PHASE_TEXT[phase].instruction)
    }
  })

  it('gives shorter, plainer instructions in easy read', () => {
    const easy = translatorFor('en', true)
    for (const phase of PHASES) expect(phaseInstruction(phase, easy)).not.toBe(PHASE_TEXT[phase].instruction)
    expect(phaseName('vote', easy)).toBe('Vote')
  })

  it('announces a new phase with its instruction, in the person’s language', () => {
    expect(phaseAnnouncement('vote', translatorFor('en'))).toBe(`Now: Vote. ${PHASE_TEXT.vote.instruction}`)
    expect(phaseAnnouncement('vote', translatorFor('pl'))).toContain(phaseInstruction('vote', translatorFor('pl')))
  })
})
