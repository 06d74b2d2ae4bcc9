// Typed access to a room's shared Yjs document: the ideas, the participants and the
// canvas records. Ideas are the source of truth; the canvas is one view of them.
import * as Y from 'yjs'
import { type Participant, parseParticipant } from '../identity.ts'
import { Limits } from '../limits.ts'
import { applyTextChange } from './textDiff.ts'

/** Names of the document's top-level maps. */
export const DocRoot = {
  ideas: 'ideas',
  participants: 'participants',
  canvas: 'canvas',
  themes: 'themes',
  themeNameProposals: 'themeNameProposals',
  themeNameSupport: 'themeNameSupport',
} as const

export interface Idea {
  id: string
  text: string
  authorId: string
  picture: string
  themeId: string | null
  createdAt: number
}

export interface NewIdea {
  text: string
  authorId: string
  picture: string
  id?: string
  createdAt?: number
}

/** The canvas record that shows an idea. Derived from the idea id, so two people placing one idea at once make one card. */
export function ideaShapeId(ideaId: string): string {
  return `shape:idea-${ideaId}`
}

export function ideaIdOfShape(shapeId: string): string | null {
  return shapeId.startsWith('shape:idea-') ? shapeId.slice('shape:idea-'.length) : null
}

export function randomId(): string {
  const bytes = new Uint8Array(12)
  const source = (globalThis as { crypto?: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto
  if (source) source.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('')
}

export class Board {
  readonly ideasMap: Y.Map<Y.Map<unknown>>
  readonly participantsMap: Y.Map<unknown>
  readonly canvasMap: Y.Map<Y.Map<unknown>>

  constructor(readonly doc: Y.Doc) {
    this.ideasMap = doc.getMap(DocRoot.ideas)
    this.participantsMap = doc.getMap(DocRoot.participants)
    this.canvasMap = doc.getMap(DocRoot.canvas)
  }

  /** Every readable idea, oldest first (never ordered by who wrote it). */
  ideas(): Idea[] {
    const ideas: Idea[] = []
    for (const id of this.ideasMap.keys()) {
      const idea = this.idea(id)
      if (idea) ideas.push(idea)
    }
    return ideas.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  }

  /** One idea, or null when it is missing or its stored fields are not what an idea holds. */
  idea(id: string): Idea | null {
    const entry = this.ideasMap.get(id)
    if (!(entry instanceof Y.Map)) return null
    const text = entry.get('text')
    const authorId = entry.get('authorId')
    const picture = entry.get('picture')
    const themeId = entry.get('themeId') ?? null
    const createdAt = entry.get('createdAt')
    if (!(text instanceof Y.Text) || typeof authorId !== 'string' || typeof picture !== 'string') return null
    if (typeof createdAt !== 'number' || (themeId !== null && typeof themeId !== 'string')) return null
    return { id, text: text.toString(), authorId, picture, themeId, createdAt }
  }

  ideaText(id: string): Y.Text | null {
    const text = this.ideasMap.get(id)?.get('text')
    return text instanceof Y.Text ? text : null
  }

  addIdea(input: NewIdea): string {
    const id = input.id ?? randomId()
    this.doc.transact(() => {
      const entry = new Y.Map<unknown>()
      entry.set('text', new Y.Text(input.text.slice(0, Limits.maxIdeaLength)))
      entry.set('authorId', input.authorId)
      entry.set('picture', input.picture)
      // No theme is no entry (read as null), which keeps a big board smaller to send and load.
      entry.set('createdAt', input.createdAt ?? Date.now())
      this.ideasMap.set(id, entry)
    })
    return id
  }

  /** Replaces an idea's text with the smallest edit; returns false when there is no such idea. */
  editIdea(id: string, text: string): boolean {
    const ytext = this.ideaText(id)
    if (!ytext) return false
    applyTextChange(ytext, text.slice(0, Limits.maxIdeaLength))
    return true
  }

  /** Deletes an idea and the card that shows it. */
  deleteIdea(id: string): boolean {
    if (!this.ideasMap.has(id)) return false
    this.doc.transact(() => {
      this.ideasMap.delete(id)
      this.canvasMap.delete(ideaShapeId(id))
    })
    return true
  }

  setParticipant(participant: Participant): void {
    const clean = parseParticipant(participant)
    if (!clean) throw new Error('not a valid participant')
    this.participantsMap.set(clean.id, clean)
  }

  participant(id: string): Participant | null {
    return parseParticipant(this.participantsMap.get(id))
  }

  participants(): Participant[] {
    const list: Participant[] = []
    for (const value of this.participantsMap.values()) {
      const participant = parseParticipant(value)
      if (participant) list.push(participant)
    }
    return list
  }

  /** Calls `listener` after any change to ideas or participants, local or remote. */
  onChange(listener: () => void): () => void {
    const handler = () => listener()
    this.ideasMap.observeDeep(handler)
    this.participantsMap.observe(handler)
    return () => {
      this.ideasMap.unobserveDeep(handler)
      this.participantsMap.unobserve(handler)
    }
  }
}
