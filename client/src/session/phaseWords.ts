// A phase's name and what to do in it, in the person's language (and easy read when it is
// on). The shared PHASE_TEXT stays English for the server's files; screens use these.
import type { Phase } from '@roundtable/shared'
import type { Translate } from '../i18n/useT.ts'

export function phaseName(phase: Phase, t: Translate): string {
  return t(`session.phase.${phase}`)
}

export function phaseInstruction(phase: Phase, t: Translate): string {
  return t(`session.phase.${phase}.instruction`)
}

/** What a screen reader hears when the phase changes: "Now: Vote. Use your dots…". */
export function phaseAnnouncement(phase: Phase, t: Translate): string {
  return t('session.phase.now', { phase: phaseName(phase, t), instruction: phaseInstruction(phase, t) })
}
