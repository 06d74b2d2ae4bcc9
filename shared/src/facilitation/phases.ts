// The session's phases, in the order a workshop usually runs, with the plain words and
// the short instruction everyone sees.

export const PHASES = ['welcome', 'add-ideas', 'group', 'vote', 'wrap-up'] as const
export type Phase = (typeof PHASES)[number]

export const PHASE_TEXT: Record<Phase, { name: string; instruction: string }> = {
  welcome: { name: 'Welcome', instruction: 'Listen to the opening voice. Say hello.' },
  'add-ideas': { name: 'Add ideas', instruction: 'Add your ideas. Every idea counts.' },
  group: { name: 'Group into themes', instruction: 'Put ideas that go together into themes.' },
  vote: { name: 'Vote', instruction: 'Use your dots to vote for the ideas that matter most to you.' },
  'wrap-up': { name: 'Wrap-up', instruction: 'Look at what we made together. Thank you.' },
}

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value)
}

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null
}

export function previousPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase)
  return index > 0 ? (PHASES[index - 1] ?? null) : null
}
