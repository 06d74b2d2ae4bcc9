// Keeps ideas and their cards in step: every idea gets a card, deleting a card deletes its
// idea (and undoing that brings the idea back), and a copied card becomes a new idea.
import { type Board, type Idea, ideaShapeId, randomId } from '@roundtable/shared'
import { type IndexKey, type RecordsDiff, type TLRecord, type TLShape, type TLStore, getIndicesAbove } from 'tldraw'
import * as Y from 'yjs'
import { IDEA_CARD_SIZE, IDEA_SHAPE_TYPE, type IdeaShape } from '../board/ideaShape/ideaShapeSchema.ts'
import type { CanvasBinding } from './CanvasBinding.ts'
import { type PlainRecord, writeRecord } from './recordFields.ts'

const GAP = 24
const COLUMNS = 4

export class IdeaCards {
  /** The Yjs origin of cards placed automatically: they reach the store as remote changes, outside undo. */
  readonly origin = { name: 'roundtable idea cards' }
  /** Ideas this browser deleted by deleting their card, kept so an undo can bring them back. */
  private readonly deletedHere = new Map<string, Idea>()
  private placing = false
  /** Ideas added since the last placing, waiting for it. */
  private readonly changed = new Set<string>()
  /** Cards placed in the store and not yet written to the board. */
  private readonly unwritten = new Set<TLShape['id']>()
  private writeTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly board: Board,
    private readonly store: TLStore,
    private readonly binding: CanvasBinding,
    private readonly authorId: () => string,
  ) {}

  start(): void {
    this.board.ideasMap.observe(this.onIdeasChange)
    this.placeMissingCards()
  }

  stop(): void {
    this.board.ideasMap.unobserve(this.onIdeasChange)
    this.changed.clear()
    if (this.writeTimer !== null) clearTimeout(this.writeTimer)
    this.writeTimer = null
    this.unwritten.clear()
  }

  /** Give this to the binding as `onLocalChanges`: it runs inside the binding's transaction. */
  readonly onLocalChanges = (changes: RecordsDiff<TLRecord>): void => {
    for (const record of Object.values(changes.removed)) {
      const ideaId = ideaIdOf(record)
      if (ideaId === null || record.id !== ideaShapeId(ideaId)) continue
      const idea = this.board.idea(ideaId)
      if (!idea) continue
      this.deletedHere.set(ideaId, idea)
      this.board.deleteIdea(ideaId)
    }
    for (const record of Object.values(changes.added)) {
      const ideaId = ideaIdOf(record)
      if (ideaId === null) continue
      if (record.id === ideaShapeId(ideaId)) this.restore(ideaId)
      // A duplicated or pasted card points at someone else's idea: make it its own idea.
      else queueMicrotask(() => this.reissue(record.id))
    }
  }

  private restore(ideaId: string): void {
    if (this.board.ideasMap.has(ideaId)) return
    const idea = this.deletedHere.get(ideaId)
    if (!idea) return
    this.board.addIdea({ id: ideaId, text: idea.text, authorId: idea.authorId, picture: idea.picture, createdAt: idea.createdAt })
    this.board.ideasMap.get(ideaId)?.set('themeId', idea.themeId)
  }

  /** Replaces a copied card with a card for a new idea holding the same words and picture. */
  private reissue(copyId: TLRecord['id']): void {
    const copy = this.store.get(copyId)
    const sourceId = copy ? ideaIdOf(copy) : null
    if (!copy || sourceId === null || copy.id === ideaShapeId(sourceId)) return
    const source = this.board.idea(sourceId) ?? this.deletedHere.get(sourceId)
    const newId = randomId()
    const card = { ...(copy as IdeaShape), id: ideaShapeId(newId) as IdeaShape['id'], props: { ...(copy as IdeaShape).props, ideaId: newId } }
    this.binding.transact(() => {
      this.board.addIdea({ id: newId, text: source?.text ?? '', authorId: this.authorId(), picture: source?.picture ?? '⭐' })
      this.store.remove([copy.id])
      this.store.put([card])
    })
  }

  private readonly onIdeasChange = (event: Y.YMapEvent<Y.Map<unknown>>): void => {
    // keysChanged, not event.changes: working out each key's old value costs a lot for a batch of ideas.
    const first = this.changed.size === 0
    for (const ideaId of event.keysChanged) if (this.board.ideasMap.has(ideaId)) this.changed.add(ideaId)
    // After the transaction that added the idea, so a card created alongside it is already there.
    if (first && this.changed.size > 0) queueMicrotask(this.placeChanged)
  }

  /** Only the ideas added since the last look can lack a card: the rest of the board is not read again. */
  private readonly placeChanged = (): void => {
    const ideaIds = [...this.changed]
    this.changed.clear()
    this.placeMissingCards(ideaIds)
  }

  /** Gives every idea without a card (of `ideaIds`, or of the board) a card, in rows below what is already on the first page. */
  placeMissingCards(ideaIds: Iterable<string> = this.board.ideasMap.keys()): void {
    if (this.placing) return
    const missing = this.ideasWithoutCards(ideaIds)
    const page = missing.length === 0 ? null : this.firstPage()
    if (missing.length === 0 || !page) return
    let top = 0
    let count = 0
    let index: IndexKey | undefined
    for (const record of this.store.allRecords()) {
      if (record.typeName !== 'shape' || record.parentId !== page) continue
      count++
      top = Math.max(top, record.y + heightOf(record))
      if (!index || record.index > index) index = record.index
    }
    // One call for all: generating the keys one at a time costs more for a big batch.
    const indices = getIndicesAbove(index, missing.length)
    const cards = missing.map((idea, n) => {
      return this.store.schema.types.shape.create({
        id: ideaShapeId(idea.id),
        type: IDEA_SHAPE_TYPE,
        parentId: page,
        index: indices[n],
        x: (n % COLUMNS) * (IDEA_CARD_SIZE.w + GAP),
        y: (count > 0 ? top + GAP : 0) + Math.floor(n / COLUMNS) * (IDEA_CARD_SIZE.h + GAP),
        props: { ...IDEA_CARD_SIZE, ideaId: idea.id },
      } as IdeaShape) as IdeaShape
    })
    // The cards show at once, as a remote change (outside undo), and are written to the board
    // on the next turn: whoever watches sees them before this browser tells everyone else.
    this.store.mergeRemoteChanges(() => this.store.put(cards))
    for (const card of cards) this.unwritten.add(card.id)
    if (this.writeTimer === null) this.writeTimer = setTimeout(this.writeCards, 0)
  }

  /** Writes the cards placed on the last turn to the board, as they are in the store now. */
  private readonly writeCards = (): void => {
    this.writeTimer = null
    const ids = [...this.unwritten]
    this.unwritten.clear()
    const orphans: TLShape['id'][] = []
    this.placing = true
    try {
      this.board.doc.transact(() => {
        for (const id of ids) {
          // Someone else's card for the idea came first: theirs stands, and is what the store shows.
          if (this.board.canvasMap.has(id)) continue
          const card = this.store.get(id)
          // Deleted here meanwhile, with its idea.
          if (!card) continue
          const ideaId = ideaIdOf(card)
          if (ideaId === null || !this.board.ideasMap.has(ideaId)) {
            orphans.push(id)
            continue
          }
          const target = new Y.Map<unknown>()
          this.board.canvasMap.set(id, target)
          writeRecord(target, card as unknown as PlainRecord)
        }
      }, this.origin)
    } finally {
      this.placing = false
    }
    // Its idea was deleted elsewhere before the card reached the board.
    if (orphans.length > 0) this.store.mergeRemoteChanges(() => this.store.remove(orphans))
  }

  /** Oldest first, as board.ideas() orders them; only these ideas are read in full. */
  private ideasWithoutCards(ideaIds: Iterable<string>): Idea[] {
    const missing: Idea[] = []
    for (const ideaId of ideaIds) {
      const cardId = ideaShapeId(ideaId)
      if (this.board.canvasMap.has(cardId) || this.unwritten.has(cardId as TLShape['id'])) continue
      const idea = this.board.idea(ideaId)
      if (idea) missing.push(idea)
    }
    return missing.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  }

  private firstPage(): TLShape['parentId'] | null {
    const pages = this.store.allRecords().filter((record) => record.typeName === 'page')
    pages.sort((a, b) => (a.index < b.index ? -1 : 1))
    return pages[0]?.id ?? null
  }
}

function ideaIdOf(record: TLRecord): string | null {
  if (record.typeName !== 'shape' || record.type !== IDEA_SHAPE_TYPE) return null
  return (record as IdeaShape).props.ideaId
}

function heightOf(shape: TLShape): number {
  const h = (shape.props as { h?: unknown }).h
  return typeof h === 'number' ? h : 0
}
