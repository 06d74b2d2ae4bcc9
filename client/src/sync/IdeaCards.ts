// Keeps ideas and their cards in step: every idea gets a card, deleting a card deletes its
// idea (and undoing that brings the idea back), and a copied card becomes a new idea.
import { type Board, type Idea, ideaShapeId, randomId } from '@roundtable/shared'
import { type IndexKey, type RecordsDiff, type TLRecord, type TLShape, type TLStore, getIndexAbove } from 'tldraw'
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
    const added = [...event.changes.keys].some(([, change]) => change.action === 'add')
    // After the transaction that added the idea, so a card created alongside it is already there.
    if (added) queueMicrotask(() => this.placeMissingCards())
  }

  /** Gives every idea without a card a card, in rows below what is already on the first page. */
  placeMissingCards(): void {
    if (this.placing) return
    const missing = this.board.ideas().filter((idea) => !this.board.canvasMap.has(ideaShapeId(idea.id)))
    const page = this.firstPage()
    if (missing.length === 0 || !page) return
    const shapes = this.store.allRecords().filter((record): record is TLShape => record.typeName === 'shape' && record.parentId === page)
    const top = shapes.reduce((highest, shape) => Math.max(highest, shape.y + heightOf(shape)), 0)
    let index = shapes.reduce<IndexKey | undefined>((highest, shape) => (!highest || shape.index > highest ? shape.index : highest), undefined)
    this.placing = true
    try {
      this.board.doc.transact(() => {
        missing.forEach((idea, n) => {
          index = getIndexAbove(index)
          const record: IdeaShape = this.store.schema.types.shape.create({
            id: ideaShapeId(idea.id),
            type: IDEA_SHAPE_TYPE,
            parentId: page,
            index,
            x: (n % COLUMNS) * (IDEA_CARD_SIZE.w + GAP),
            y: (shapes.length > 0 ? top + GAP : 0) + Math.floor(n / COLUMNS) * (IDEA_CARD_SIZE.h + GAP),
            props: { ...IDEA_CARD_SIZE, ideaId: idea.id },
          } as IdeaShape) as IdeaShape
          const target = new Y.Map<unknown>()
          this.board.canvasMap.set(record.id, target)
          writeRecord(target, record as unknown as PlainRecord)
        })
      }, this.origin)
    } finally {
      this.placing = false
    }
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
