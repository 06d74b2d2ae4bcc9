// Which idea cards are off screen, told to each card only when its own answer changes. Each
// card asking tldraw's set of culled shapes itself woke every card on the board whenever that
// set changed (a pan, a new card): thousands of checks for a handful of changes.
import { type Atom, type Editor, type TLShapeId, atom, react } from 'tldraw'

/** Up to this many shapes on the page, every card is drawn in full, off screen too: cheap enough, and nothing changes. */
export const FULL_CARDS_UP_TO = 150

const NONE: ReadonlySet<TLShapeId> = new Set()

class OffScreenCards {
  private readonly flags = new Map<TLShapeId, Atom<boolean>>()
  private offScreen: ReadonlySet<TLShapeId> = NONE

  constructor(editor: Editor) {
    const stop = react('off-screen idea cards', () => {
      const next = editor.getCurrentPageShapeIds().size > FULL_CARDS_UP_TO ? editor.getCulledShapes() : NONE
      const previous = this.offScreen
      if (next === previous) return
      this.offScreen = next
      for (const id of previous) if (!next.has(id)) this.flags.get(id)?.set(false)
      for (const id of next) if (!previous.has(id)) this.flags.get(id)?.set(true)
    })
    editor.disposables.add(stop)
  }

  /** Whether the card `id` is off screen, as a value tldraw's reactive hooks follow. */
  flag(id: TLShapeId): Atom<boolean> {
    let flag = this.flags.get(id)
    if (!flag) {
      flag = atom(`${id} off screen`, this.offScreen.has(id))
      this.flags.set(id, flag)
    }
    return flag
  }
}

const byEditor = new WeakMap<Editor, OffScreenCards>()

export function offScreenFlag(editor: Editor, id: TLShapeId): Atom<boolean> {
  let cards = byEditor.get(editor)
  if (!cards) {
    cards = new OffScreenCards(editor)
    byEditor.set(editor, cards)
  }
  return cards.flag(id)
}
