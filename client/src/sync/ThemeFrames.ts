// Keeps themes and their frames in step, and every idea card where its idea's theme says.
// A theme's name and colour flow one way, theme → frame; renaming the frame on the canvas
// renames the theme. Dragging a card into or out of a frame sets its idea's theme in the
// same change. Whenever an idea's theme changes anywhere else, its card is moved to match.
import { type Board, type Theme, type Themes, ideaIdOfShape, themeIdOfShape, themeName, themeShapeId } from '@roundtable/shared'
import type { RecordsDiff, TLFrameShape, TLInstancePageState, TLRecord, TLShape, TLStore } from 'tldraw'
import * as Y from 'yjs'
import type { CanvasBinding } from './CanvasBinding.ts'
import { type PlainRecord, writeRecord } from './recordFields.ts'
import { anyMisplaced, cardIdeaId, newFrame, placedRecords, readPlacement, themeFrames, themeIdOfFrame } from './themeLayout.ts'
import { type Placement, planPlacement } from './themePlacement.ts'

export { THEME_FRAME_SIZE } from './themeLayout.ts'

export interface IdeaMove {
  ideaId: string
  /** The theme it is in now, or null. */
  themeId: string | null
  /** The theme it was in, or null. */
  from: string | null
}

export interface ThemeFramesOptions {
  /** False while this browser may not change the board (locked): it then leaves fixing up to others. */
  canWrite?: () => boolean
  /** Told when this person moves an idea by dragging its card. */
  onMoved?: (move: IdeaMove) => void
}

export class ThemeFrames {
  /** The Yjs origin of fix-ups: they reach the store as remote changes, outside undo. */
  readonly origin = { name: 'roundtable theme frames' }
  /** Themes this browser deleted by deleting their frame, kept so an undo can bring them back. */
  private readonly deletedHere = new Map<string, Theme>()
  private scheduled = false
  /** Whether the next fix-up must look at every theme and card (themes or frames changed), not only `changedIdeas`. */
  private everything = true
  /** Ideas whose theme or card changed since the last fix-up: on a big board, the only cards worth placing again. */
  private readonly changedIdeas = new Set<string>()
  private stopped = true
  private stopWatchingEditing: (() => void) | null = null

  constructor(
    private readonly board: Board,
    private readonly themes: Themes,
    private readonly store: TLStore,
    private readonly binding: CanvasBinding,
    private readonly options: ThemeFramesOptions = {},
  ) {}

  start(): void {
    this.stopped = false
    this.themes.themesMap.observeDeep(this.scheduleAll)
    this.board.ideasMap.observeDeep(this.onIdeasChange)
    this.board.canvasMap.observeDeep(this.onCanvasChange)
    // A frame's name is left alone while this person types it; it is checked when they finish.
    this.stopWatchingEditing = this.store.listen(
      ({ changes }) => {
        const finished = Object.values(changes.updated).some(
          ([before, after]) => after.typeName === 'instance_page_state' && (before as TLInstancePageState).editingShapeId !== (after as TLInstancePageState).editingShapeId,
        )
        if (finished) this.scheduleAll()
      },
      { scope: 'session' },
    )
    this.scheduleAll()
  }

  stop(): void {
    this.stopped = true
    this.stopWatchingEditing?.()
    this.stopWatchingEditing = null
    this.themes.themesMap.unobserveDeep(this.scheduleAll)
    this.board.ideasMap.unobserveDeep(this.onIdeasChange)
    this.board.canvasMap.unobserveDeep(this.onCanvasChange)
  }

  /** Give this to the binding as `onLocalChanges`: it runs inside the binding's transaction. */
  readonly onLocalChanges = (changes: RecordsDiff<TLRecord>): void => {
    // Frames first, so a theme is gone (or back) before the cards that were in it are read.
    for (const record of Object.values(changes.removed)) {
      const themeId = themeIdOfFrame(record)
      const theme = themeId === null ? null : this.themes.get(themeId)
      if (!theme) continue
      this.deletedHere.set(theme.id, theme)
      this.themes.delete(theme.id)
    }
    for (const record of Object.values(changes.added)) {
      const themeId = themeIdOfFrame(record)
      if (themeId === null || this.themes.get(themeId)) continue
      const theme = this.deletedHere.get(themeId)
      if (theme) this.themes.add({ id: theme.id, name: theme.name, colour: theme.colour })
    }
    for (const [before, after] of Object.values(changes.updated)) {
      const themeId = themeIdOfFrame(after)
      if (themeId === null || before.typeName !== 'shape') continue
      const [was, now] = [(before as TLFrameShape).props, (after as TLFrameShape).props]
      const renamed = now.name !== was.name && this.themes.rename(themeId, now.name)
      // A name the theme refused (empty), or a colour changed on the canvas: the theme's own wins.
      if ((now.name !== was.name && !renamed) || now.color !== was.color) this.scheduleAll()
    }
    const moved = [...Object.values(changes.added), ...Object.values(changes.updated).filter(([b, a]) => b.typeName === 'shape' && (b as TLShape).parentId !== (a as TLShape).parentId).map(([, a]) => a)]
    for (const record of moved) {
      const ideaId = cardIdeaId(record)
      const idea = ideaId === null ? null : this.board.idea(ideaId)
      if (!idea) continue
      const placed = this.themeOfParent((record as TLShape).parentId)
      if (placed === idea.themeId) continue
      this.themes.setIdeaTheme(idea.id, placed)
      this.options.onMoved?.({ ideaId: idea.id, themeId: placed, from: idea.themeId })
    }
  }

  /**
   * Puts ideas into a theme (or, with null, into none) and moves their cards to match, in
   * one change this person can undo. Call inside `binding.transact` to join a larger change.
   */
  moveIdeas(ideaIds: readonly string[], themeId: string | null): void {
    this.binding.transact(() => {
      for (const ideaId of ideaIds) this.themes.setIdeaTheme(ideaId, themeId)
      const only = new Set(ideaIds)
      this.applyToStore(planPlacement(readPlacement(this.store, this.board, this.themes, (ideaId) => only.has(ideaId))))
    })
  }

  /** The theme a card in `parentId` is in: the theme of that frame when both exist, else null. */
  themeOfParent(parentId: string): string | null {
    const themeId = themeIdOfShape(parentId)
    return themeId !== null && this.store.has(parentId as TLShape['id']) && this.themes.get(themeId) ? themeId : null
  }

  /** Runs the fix-ups once now, over every theme and card (tests, and after the canvas mounts). */
  reconcile(): void {
    this.everything = true
    this.reconcileChanged()
  }

  /** The fix-ups for what changed since the last: every frame and card after a change to themes or frames, else the changed ideas' cards. */
  private reconcileChanged(): void {
    // Nothing is forgotten while this browser may not write: it is fixed up once it may.
    if (this.stopped || this.options.canWrite?.() === false) return
    const everything = this.everything
    const ideaIds = new Set(this.changedIdeas)
    this.everything = false
    this.changedIdeas.clear()
    if (!everything && (ideaIds.size === 0 || !anyMisplaced(this.store, this.board, this.themes, ideaIds))) return
    if (everything) this.syncFrames()
    const include = everything ? undefined : (ideaId: string) => ideaIds.has(ideaId)
    const placement = planPlacement(readPlacement(this.store, this.board, this.themes, include))
    if (placement.cards.length === 0 && placement.frames.length === 0) return
    this.board.doc.transact(() => this.applyToBoard(placement), this.origin)
  }

  private readonly scheduleAll = (): void => {
    this.everything = true
    this.schedule()
  }

  private readonly onIdeasChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const id of changedKeys(events, this.board.ideasMap)) this.changedIdeas.add(id)
    this.schedule()
  }

  private readonly onCanvasChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const id of changedKeys(events, this.board.canvasMap)) {
      // A frame came, went or changed: every card may have somewhere else to be.
      if (themeIdOfShape(id) !== null) this.everything = true
      const ideaId = ideaIdOfShape(id)
      if (ideaId !== null) this.changedIdeas.add(ideaId)
    }
    this.schedule()
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    // After the transaction, once the binding has brought the store up to date.
    queueMicrotask(() => {
      this.scheduled = false
      this.reconcileChanged()
    })
  }

  /** Every theme gets a frame showing its name and colour. */
  private syncFrames(): void {
    const themes = this.themes.list()
    const fixes: Array<{ id: string; record: PlainRecord; before: PlainRecord | null }> = []
    let placedFrames = themeFrames(this.store)
    const editing = this.editingShapeIds()
    for (const theme of themes) {
      const id = themeShapeId(theme.id)
      const frame = this.store.get(id as TLShape['id']) as TLFrameShape | undefined
      if (frame) {
        // "Waiting " while typing "Waiting times" is the theme "Waiting": in step, nothing to fix.
        const nameDiffers = themeName(frame.props.name) !== theme.name && !editing.has(id)
        if (nameDiffers || frame.props.color !== theme.colour) {
          const record = { ...frame, props: { ...frame.props, name: theme.name, color: theme.colour } }
          fixes.push({ id, record: record as unknown as PlainRecord, before: frame as unknown as PlainRecord })
        }
        continue
      }
      if (this.board.canvasMap.has(id)) continue
      const record = newFrame(this.store, theme, placedFrames)
      if (!record) continue
      placedFrames = [...placedFrames, record]
      fixes.push({ id, record: record as unknown as PlainRecord, before: null })
    }
    if (fixes.length === 0) return
    this.board.doc.transact(() => {
      for (const { id, record, before } of fixes) {
        let target = this.board.canvasMap.get(id)
        if (!(target instanceof Y.Map)) {
          target = new Y.Map<unknown>()
          this.board.canvasMap.set(id, target)
        }
        writeRecord(target, record, { before })
      }
    }, this.origin)
  }

  private applyToStore(placement: Placement): void {
    const records = placedRecords(this.store, placement).map(({ after }) => after)
    if (records.length > 0) this.store.put(records)
  }

  private applyToBoard(placement: Placement): void {
    for (const { before, after } of placedRecords(this.store, placement)) {
      const target = this.board.canvasMap.get(after.id)
      if (target instanceof Y.Map) writeRecord(target, after as unknown as PlainRecord, { before: before as unknown as PlainRecord })
    }
  }

  private editingShapeIds(): Set<string> {
    const states = this.store.allRecords().filter((record): record is TLInstancePageState => record.typeName === 'instance_page_state')
    return new Set(states.flatMap((state) => (state.editingShapeId ? [state.editingShapeId as string] : [])))
  }
}

/** The top-level keys of `map` that `events` (from observeDeep on it) touched. */
function changedKeys(events: Array<Y.YEvent<Y.AbstractType<unknown>>>, map: object): Set<string> {
  const keys = new Set<string>()
  for (const event of events) {
    if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) keys.add(key)
    else if (typeof event.path[0] === 'string') keys.add(event.path[0])
  }
  return keys
}
