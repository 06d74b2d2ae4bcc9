// Themes: named, coloured groups of ideas agreed with the group. An idea's theme is kept
// on the idea (`themeId`), the one source every view reads, so a theme move made on the
// canvas, in a list or by keyboard is the same change.
import * as Y from 'yjs'
import { cleanName } from '../identity.ts'
import { type Board, DocRoot, randomId } from './Board.ts'

export const THEME_COLOURS = [
  { id: 'light-blue', label: 'Sky' },
  { id: 'light-green', label: 'Leaf' },
  { id: 'yellow', label: 'Sun' },
  { id: 'orange', label: 'Orange' },
  { id: 'light-violet', label: 'Lilac' },
  { id: 'light-red', label: 'Rose' },
] as const

export type ThemeColour = (typeof THEME_COLOURS)[number]['id']

export const MAX_THEME_NAME = 60

export interface Theme {
  id: string
  name: string
  colour: ThemeColour
  /** Position among themes in lists and exports. */
  order: number
}

export interface NameProposal {
  id: string
  themeId: string
  name: string
  /** Participant ids who support this name (the proposer included). */
  supporters: string[]
}

/** The canvas frame that shows a theme. Derived from the theme id, like idea cards. */
export function themeShapeId(themeId: string): string {
  return `shape:theme-${themeId}`
}

export function themeIdOfShape(shapeId: string): string | null {
  return shapeId.startsWith('shape:theme-') ? shapeId.slice('shape:theme-'.length) : null
}

function isThemeColour(value: unknown): value is ThemeColour {
  return THEME_COLOURS.some((colour) => colour.id === value)
}

export function themeName(name: string): string | null {
  const clean = cleanName(name.slice(0, MAX_THEME_NAME * 2))
  return clean === null ? null : clean.slice(0, MAX_THEME_NAME)
}

export class Themes {
  readonly themesMap: Y.Map<Y.Map<unknown>>
  /** `${proposalId}` → { themeId, name }. */
  readonly proposalsMap: Y.Map<unknown>
  /** `${proposalId}|${participantId}` → true: conflict-free per person. */
  readonly supportMap: Y.Map<unknown>

  constructor(private readonly board: Board) {
    this.themesMap = board.doc.getMap(DocRoot.themes)
    this.proposalsMap = board.doc.getMap(DocRoot.themeNameProposals)
    this.supportMap = board.doc.getMap(DocRoot.themeNameSupport)
  }

  /** Every readable theme in its order (ties broken by id so every browser agrees). */
  list(): Theme[] {
    const themes: Theme[] = []
    for (const [id, entry] of this.themesMap.entries()) {
      if (!(entry instanceof Y.Map)) continue
      const name = entry.get('name')
      const colour = entry.get('colour')
      const order = entry.get('order')
      if (typeof name !== 'string' || !isThemeColour(colour) || typeof order !== 'number') continue
      themes.push({ id, name, colour, order })
    }
    return themes.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
  }

  get(id: string): Theme | null {
    return this.list().find((theme) => theme.id === id) ?? null
  }

  add(input: { name: string; colour?: ThemeColour; id?: string }): string {
    const name = themeName(input.name)
    if (name === null) throw new Error('a theme needs a name')
    const id = input.id ?? randomId()
    const themes = this.list()
    const colour = input.colour ?? THEME_COLOURS[themes.length % THEME_COLOURS.length]!.id
    this.board.doc.transact(() => {
      const entry = new Y.Map<unknown>()
      entry.set('name', name)
      entry.set('colour', colour)
      entry.set('order', (themes.at(-1)?.order ?? 0) + 1)
      this.themesMap.set(id, entry)
    })
    return id
  }

  rename(id: string, name: string): boolean {
    const entry = this.themesMap.get(id)
    const clean = themeName(name)
    if (!(entry instanceof Y.Map) || clean === null) return false
    entry.set('name', clean)
    return true
  }

  /** Deletes a theme and its frame; its ideas stay on the board without a theme. */
  delete(id: string): boolean {
    if (!this.themesMap.has(id)) return false
    this.board.doc.transact(() => {
      for (const idea of this.board.ideas()) if (idea.themeId === id) this.board.ideasMap.get(idea.id)?.set('themeId', null)
      for (const proposal of this.proposals(id)) this.dropProposal(proposal.id)
      this.themesMap.delete(id)
      this.board.canvasMap.delete(themeShapeId(id))
    })
    return true
  }

  /** Puts an idea into a theme, or takes it out with null. False when either does not exist. */
  setIdeaTheme(ideaId: string, themeId: string | null): boolean {
    const idea = this.board.ideasMap.get(ideaId)
    if (!(idea instanceof Y.Map) || (themeId !== null && !this.themesMap.has(themeId))) return false
    if ((idea.get('themeId') ?? null) !== themeId) idea.set('themeId', themeId)
    return true
  }

  /** Proposes another name for a theme, supported by its proposer. */
  propose(themeId: string, name: string, participantId: string): string | null {
    const clean = themeName(name)
    if (clean === null || !this.themesMap.has(themeId)) return null
    const existing = this.proposals(themeId).find((proposal) => proposal.name.toLowerCase() === clean.toLowerCase())
    const id = existing?.id ?? randomId()
    this.board.doc.transact(() => {
      if (!existing) this.proposalsMap.set(id, { themeId, name: clean })
      this.supportMap.set(`${id}|${participantId}`, true)
    })
    return id
  }

  /** Adds or takes back one person's support for a proposed name. */
  support(proposalId: string, participantId: string, supported: boolean): void {
    const key = `${proposalId}|${participantId}`
    if (supported) this.supportMap.set(key, true)
    else this.supportMap.delete(key)
  }

  /** Proposed names for a theme, most supported first. */
  proposals(themeId: string): NameProposal[] {
    const supporters = new Map<string, string[]>()
    for (const key of this.supportMap.keys()) {
      const [proposalId, participantId] = key.split('|')
      if (proposalId && participantId) supporters.set(proposalId, [...(supporters.get(proposalId) ?? []), participantId])
    }
    const list: NameProposal[] = []
    for (const [id, value] of this.proposalsMap.entries()) {
      if (typeof value !== 'object' || value === null) continue
      const { themeId: forTheme, name } = value as Record<string, unknown>
      if (forTheme !== themeId || typeof name !== 'string') continue
      list.push({ id, themeId, name, supporters: (supporters.get(id) ?? []).sort() })
    }
    return list.sort((a, b) => b.supporters.length - a.supporters.length || (a.name < b.name ? -1 : 1))
  }

  /** A facilitator settles the name: the theme takes it and the proposals are cleared. */
  settle(themeId: string, name: string): boolean {
    let settled = false
    this.board.doc.transact(() => {
      settled = this.rename(themeId, name)
      if (settled) for (const proposal of this.proposals(themeId)) this.dropProposal(proposal.id)
    })
    return settled
  }

  private dropProposal(proposalId: string): void {
    this.proposalsMap.delete(proposalId)
    for (const key of [...this.supportMap.keys()]) if (key.startsWith(`${proposalId}|`)) this.supportMap.delete(key)
  }
}
