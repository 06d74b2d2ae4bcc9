// Role-neutral identity: a participant is a random id plus a name, colour and picture
// the person chooses. There is deliberately no role, email or account anywhere.
import { Limits } from './limits.ts'

export interface Participant {
  id: string
  name: string
  /** One of COLOURS' ids. */
  colour: string
  /** One of PICTURES' emoji. */
  picture: string
}

/** Colours chosen to stay distinguishable and readable behind white text; each has a name so colour never carries meaning alone. */
export const COLOURS = [
  { id: 'teal', label: 'Teal', hex: '#00796b' },
  { id: 'blue', label: 'Blue', hex: '#1565c0' },
  { id: 'purple', label: 'Purple', hex: '#6a1b9a' },
  { id: 'pink', label: 'Pink', hex: '#ad1457' },
  { id: 'red', label: 'Red', hex: '#c62828' },
  { id: 'orange', label: 'Orange', hex: '#b34700' },
  { id: 'green', label: 'Green', hex: '#2e7d32' },
  { id: 'brown', label: 'Brown', hex: '#5d4037' },
] as const

export const PICTURES = [
  { emoji: '🦦', label: 'Otter' },
  { emoji: '🦊', label: 'Fox' },
  { emoji: '🐢', label: 'Tortoise' },
  { emoji: '🦉', label: 'Owl' },
  { emoji: '🐝', label: 'Bee' },
  { emoji: '🐳', label: 'Whale' },
  { emoji: '🌻', label: 'Sunflower' },
  { emoji: '🌳', label: 'Tree' },
  { emoji: '⭐', label: 'Star' },
  { emoji: '🌈', label: 'Rainbow' },
  { emoji: '☕', label: 'Cup of tea' },
  { emoji: '🚲', label: 'Bicycle' },
] as const

const ANIMALS = ['Otter', 'Fox', 'Tortoise', 'Owl', 'Bee', 'Whale', 'Heron', 'Badger', 'Robin', 'Hare', 'Seal', 'Wren']

export function colourHex(colourId: string): string {
  return COLOURS.find((colour) => colour.id === colourId)?.hex ?? COLOURS[0].hex
}

export function colourLabel(colourId: string): string {
  return COLOURS.find((colour) => colour.id === colourId)?.label ?? COLOURS[0].label
}

export function pictureLabel(emoji: string): string {
  return PICTURES.find((picture) => picture.emoji === emoji)?.label ?? 'Picture'
}

/**
 * Offers a friendly pseudonym such as "Teal Otter" with a matching colour and picture.
 * `random` returns a number in [0, 1) and is injectable for tests.
 */
export function suggestIdentity(random: () => number = Math.random): Omit<Participant, 'id'> {
  const colour = pick(COLOURS, random)
  const animal = pick(ANIMALS, random)
  const picture = PICTURES.find((p) => p.label === animal) ?? pick(PICTURES, random)
  return { name: `${colour.label} ${animal}`, colour: colour.id, picture: picture.emoji }
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length) % items.length] as T
}

/** Parses a participant from untrusted input (a stored map, an awareness state). */
export function parseParticipant(value: unknown): Participant | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, name, colour, picture } = value as Record<string, unknown>
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return null
  if (typeof name !== 'string') return null
  if (typeof colour !== 'string' || !COLOURS.some((c) => c.id === colour)) return null
  if (typeof picture !== 'string' || !PICTURES.some((p) => p.emoji === picture)) return null
  const trimmed = cleanName(name)
  if (trimmed === null) return null
  return { id, name: trimmed, colour, picture }
}

/** A display name trimmed and bounded, or null when nothing readable is left. */
export function cleanName(name: string): string | null {
  const trimmed = name.replace(/\s+/g, ' ').trim().slice(0, Limits.maxNameLength)
  return trimmed.length > 0 ? trimmed : null
}
