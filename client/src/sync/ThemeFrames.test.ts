import { Board, Themes, ideaShapeId, themeShapeId } from '@roundtable/shared'
import { HistoryManager, type TLFrameShape, type TLRecord, type TLShape, type TLShapeId, type TLStore } from 'tldraw'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { CanvasBinding } from './CanvasBinding.ts'
import { IdeaCards } from './IdeaCards.ts'
import { createTestStore } from './testStore.ts'
import { type IdeaMove, ThemeFrames } from './ThemeFrames.ts'
import { anyMisplaced } from './themeLayout.ts'
import { FRAME_PADDING } from './themePlacement.ts'

interface Peer {
  doc: Y.Doc
  board: Board
  themes: Themes
  store: TLStore
  binding: CanvasBinding
  frames: ThemeFrames
  moved: IdeaMove[]
}

function peer(canWrite: () => boolean = () => true): Peer {
  const doc = new Y.Doc()
  const board = new Board(doc)
  const themes = new Themes(board)
  const store = createTestStore()
  const moved: IdeaMove[] = []
  let cards: IdeaCards | null = null
  let frames: ThemeFrames | null = null
  const binding = new CanvasBinding(store, board, {
    onLocalChanges: (changes) => {
      cards?.onLocalChanges(changes)
      frames?.onLocalChanges(changes)
    },
  })
  cards = new IdeaCards(board, store, binding, () => 'me')
  frames = new ThemeFrames(board, themes, store, binding, { canWrite, onMoved: (move) => moved.push(move) })
  binding.start()
  cards.start()
  frames.start()
  return { doc, board, themes, store, binding, frames, moved }
}

function exchange(a: Peer, b: Peer): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'server')
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'server')
}

/** Lets queued fix-ups run, as they do after each change in a browser. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

const shape = <T extends TLShape = TLShape>(p: Peer, id: string) => p.store.get(id as TLShapeId) as T | undefined
const cardOf = (p: Peer, ideaId: string) => shape(p, ideaShapeId(ideaId))
const frameOf = (p: Peer, themeId: string) => shape<TLFrameShape>(p, themeShapeId(themeId))

/** Two people on one board with a theme "Waiting" (its frame at 0,0) and two ideas outside it. */
async function twoPeopleWithATheme(anaCanWrite?: () => boolean): Promise<{ ana: Peer; ben: Peer; waiting: string; ideas: [string, string] }> {
  const ana = peer(anaCanWrite)
  const ben = peer()
  exchange(ana, ben)
  const first = ana.board.addIdea({ text: 'Shorter waits', authorId: 'me', picture: '🦊' })
  const second = ana.board.addIdea({ text: 'Chairs in the waiting room', authorId: 'me', picture: '🦉' })
  const waiting = ana.themes.add({ name: 'Waiting', colour: 'light-blue' })
  await settle()
  ana.store.update(themeShapeId(waiting) as TLShapeId, (frame) => ({ ...frame, x: 0, y: 0 }) as TLShape)
  ana.store.update(ideaShapeId(first) as TLShapeId, (card) => ({ ...card, x: 0, y: 1000 }) as TLShape)
  ana.store.update(ideaShapeId(second) as TLShapeId, (card) => ({ ...card, x: 300, y: 1000 }) as TLShape)
  ana.store._flushHistory()
  exchange(ana, ben)
  await settle()
  return { ana, ben, waiting, ideas: [first, second] }
}

/** What tldraw does when a card is dropped into a frame: the card's parent becomes the frame. */
function drag(p: Peer, ideaId: string, parentId: string, x = 40, y = 40): void {
  p.store.update(ideaShapeId(ideaId) as TLShapeId, (card) => ({ ...card, parentId, x, y }) as TLShape)
  p.store._flushHistory()
}

describe('theme frames', () => {
  it('tells from the changed ideas alone whether any card must move', async () => {
    const { ana, waiting, ideas } = await twoPeopleWithATheme()
    const [first, second] = ideas
    expect(anyMisplaced(ana.store, ana.board, ana.themes, ideas)).toBe(false)
    ana.themes.setIdeaTheme(first, waiting)
    // Before the fix-up has run: the card is still outside its theme's frame.
    expect(anyMisplaced(ana.store, ana.board, ana.themes, [second])).toBe(false)
    expect(anyMisplaced(ana.store, ana.board, ana.themes, ideas)).toBe(true)
    await settle()
    expect(cardOf(ana, first)?.parentId).toBe(themeShapeId(waiting))
    expect(anyMisplaced(ana.store, ana.board, ana.themes, ideas)).toBe(false)
  })

  it('gives a theme made without a canvas a frame with its name and colour, for everyone', async () => {
    const { ana, ben, waiting } = await twoPeopleWithATheme()
    for (const person of [ana, ben]) expect(frameOf(person, waiting)?.props).toMatchObject({ name: 'Waiting', color: 'light-blue' })
    expect([...ana.board.canvasMap.keys()].filter((key) => key.startsWith('shape:theme-'))).toEqual([themeShapeId(waiting)])
  })

  it('shows a rename or a settled name on the frame', async () => {
    const { ana, ben, waiting } = await twoPeopleWithATheme()
    ben.themes.settle(waiting, 'Waiting times')
    exchange(ana, ben)
    await settle()
    exchange(ana, ben)
    for (const person of [ana, ben]) expect(frameOf(person, waiting)?.props.name).toBe('Waiting times')
  })

  it('renames the theme when its frame is renamed on the canvas, and refuses an empty name', async () => {
    const { ana, ben, waiting } = await twoPeopleWithATheme()
    ana.store.update(themeShapeId(waiting) as TLShapeId, (frame) => ({ ...frame, props: { ...(frame as TLFrameShape).props, name: 'Long waits' } }) as TLShape)
    ana.store._flushHistory()
    exchange(ana, ben)
    expect(ben.themes.get(waiting)?.name).toBe('Long waits')
    ana.store.update(themeShapeId(waiting) as TLShapeId, (frame) => ({ ...frame, props: { ...(frame as TLFrameShape).props, name: '  ' } }) as TLShape)
    ana.store._flushHistory()
    await settle()
    exchange(ana, ben)
    expect(ben.themes.get(waiting)?.name).toBe('Long waits')
    for (const person of [ana, ben]) expect(frameOf(person, waiting)?.props.name).toBe('Long waits')
  })

  it('leaves the frame’s name alone while it is being typed, and puts the theme’s back when typing ends empty', async () => {
    const { ana, ben, waiting } = await twoPeopleWithATheme()
    const frameId = themeShapeId(waiting) as TLShapeId
    const pageState = ana.store.allRecords().find((record) => record.typeName === 'instance_page_state') as TLRecord
    const type = async (name: string) => {
      ana.store.update(frameId, (frame) => ({ ...frame, props: { ...(frame as TLFrameShape).props, name } }) as TLShape)
      ana.store._flushHistory()
      await settle()
    }
    ana.store.put([{ ...pageState, editingShapeId: frameId } as TLRecord])
    await type('Long ')
    expect(frameOf(ana, waiting)?.props.name).toBe('Long ')
    await type('')
    expect(frameOf(ana, waiting)?.props.name).toBe('')
    await type('Long waits')
    exchange(ana, ben)
    expect(ben.themes.get(waiting)?.name).toBe('Long waits')
    await type('')
    ana.store.put([{ ...pageState, editingShapeId: null } as TLRecord])
    await settle()
    expect(frameOf(ana, waiting)?.props.name).toBe('Long waits')
  })

  it('puts an idea in a theme when its card is dragged into the frame, in the same change, and out again', async () => {
    const { ana, ben, waiting, ideas } = await twoPeopleWithATheme()
    const [first] = ideas
    const updates = vi.fn()
    ben.doc.on('update', updates)
    drag(ana, first, themeShapeId(waiting))
    exchange(ana, ben)
    expect(updates).toHaveBeenCalledTimes(1)
    expect(ben.board.idea(first)?.themeId).toBe(waiting)
    expect(cardOf(ben, first)?.parentId).toBe(themeShapeId(waiting))
    expect(ana.moved).toEqual([{ ideaId: first, themeId: waiting, from: null }])

    drag(ana, first, 'page:page', 900, 900)
    exchange(ana, ben)
    expect(ben.board.idea(first)?.themeId).toBeNull()
    await settle()
    expect(cardOf(ben, first)).toMatchObject({ parentId: 'page:page', x: 900, y: 900 })
  })

  it('moves the card into the frame when someone else sets the idea’s theme without a canvas', async () => {
    const { ana, ben, waiting, ideas } = await twoPeopleWithATheme()
    const phone = new Board(new Y.Doc())
    Y.applyUpdate(phone.doc, Y.encodeStateAsUpdate(ana.doc))
    new Themes(phone).setIdeaTheme(ideas[1], waiting)
    Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ana.doc)), 'server')
    await settle()
    exchange(ana, ben)
    for (const person of [ana, ben]) {
      expect(cardOf(person, ideas[1])).toMatchObject({ parentId: themeShapeId(waiting), x: FRAME_PADDING, y: FRAME_PADDING })
    }
    // A fix-up is not this person's change: it is not theirs to undo, and not announced.
    expect(ana.moved).toEqual([])
  })

  it('moves cards with their themes from a list or the keyboard, and an undo puts both back', async () => {
    const { ana, ben, waiting, ideas } = await twoPeopleWithATheme()
    const history = new HistoryManager<TLRecord>({ store: ana.store })
    ana.frames.moveIdeas(ideas, waiting)
    exchange(ana, ben)
    for (const id of ideas) {
      expect(ben.board.idea(id)?.themeId).toBe(waiting)
      expect(cardOf(ben, id)?.parentId).toBe(themeShapeId(waiting))
    }
    ana.binding.replay(() => history.undo())
    exchange(ana, ben)
    for (const id of ideas) {
      expect(ben.board.idea(id)?.themeId).toBeNull()
      expect(cardOf(ben, id)?.parentId).toBe('page:page')
    }
  })

  it('converges when two people move one idea to different themes at once', async () => {
    const { ana, ben, waiting, ideas } = await twoPeopleWithATheme()
    const signs = ana.themes.add({ name: 'Signs' })
    await settle()
    exchange(ana, ben)
    await settle()
    ana.frames.moveIdeas([ideas[0]], waiting)
    drag(ben, ideas[0], themeShapeId(signs))
    exchange(ana, ben)
    await settle()
    exchange(ana, ben)
    await settle()
    exchange(ana, ben)
    const themeId = ana.board.idea(ideas[0])?.themeId
    expect(themeId === waiting || themeId === signs).toBe(true)
    expect(ben.board.idea(ideas[0])?.themeId).toBe(themeId)
    for (const person of [ana, ben]) expect(cardOf(person, ideas[0])?.parentId).toBe(themeShapeId(themeId as string))
    expect(cardOf(ana, ideas[0])).toEqual(cardOf(ben, ideas[0]))
  })

  it('keeps the ideas on the board when a theme is deleted, and takes their cards out of the frame', async () => {
    const { ana, ben, waiting, ideas } = await twoPeopleWithATheme()
    ana.frames.moveIdeas(ideas, waiting)
    exchange(ana, ben)
    ben.themes.delete(waiting)
    exchange(ana, ben)
    await settle()
    exchange(ana, ben)
    for (const person of [ana, ben]) {
      expect(frameOf(person, waiting)).toBeUndefined()
      for (const id of ideas) {
        expect(person.board.idea(id)?.themeId).toBeNull()
        expect(cardOf(person, id)?.parentId).toBe('page:page')
      }
    }
  })

  it('deletes the theme with its frame on the canvas, and an undo brings the theme back with its ideas', async () => {
    const { ana, ben, waiting, ideas } = await twoPeopleWithATheme()
    ana.frames.moveIdeas([ideas[0]], waiting)
    exchange(ana, ben)
    const history = new HistoryManager<TLRecord>({ store: ana.store })
    // What the canvas does when a theme's frame is deleted: its cards go to the page first.
    ana.store.update(ideaShapeId(ideas[0]) as TLShapeId, (card) => ({ ...card, parentId: 'page:page', x: 32, y: 32 }) as TLShape)
    ana.store.remove([themeShapeId(waiting) as TLShapeId])
    ana.store._flushHistory()
    exchange(ana, ben)
    expect(ben.themes.get(waiting)).toBeNull()
    expect(ben.board.idea(ideas[0])?.themeId).toBeNull()

    ana.binding.replay(() => history.undo())
    exchange(ana, ben)
    expect(ben.themes.get(waiting)?.name).toBe('Waiting')
    expect(ben.board.idea(ideas[0])?.themeId).toBe(waiting)
    expect(cardOf(ben, ideas[0])?.parentId).toBe(themeShapeId(waiting))
  })

  it('moves a card whose idea changed theme while the board was locked once this browser may change it again', async () => {
    let canWrite = true
    const { ana, waiting, ideas } = await twoPeopleWithATheme(() => canWrite)
    canWrite = false
    const phone = new Board(new Y.Doc())
    Y.applyUpdate(phone.doc, Y.encodeStateAsUpdate(ana.doc))
    new Themes(phone).setIdeaTheme(ideas[1], waiting)
    Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ana.doc)), 'server')
    await settle()
    expect(cardOf(ana, ideas[1])?.parentId).not.toBe(themeShapeId(waiting))
    canWrite = true
    // Any later change wakes the fix-ups: here someone edits the other idea.
    phone.ideaText(ideas[0])?.insert(0, 'Much ')
    Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(ana.doc)), 'server')
    await settle()
    expect(cardOf(ana, ideas[1])).toMatchObject({ parentId: themeShapeId(waiting), x: FRAME_PADDING, y: FRAME_PADDING })
  })

  it('leaves fixing up to others while this browser may not change the board', async () => {
    const ana = peer()
    const locked = new ThemeFrames(ana.board, ana.themes, createTestStore(), ana.binding, { canWrite: () => false })
    locked.start()
    const before = Y.encodeStateVector(ana.doc)
    locked.reconcile()
    expect(Y.encodeStateVector(ana.doc)).toEqual(before)
  })
})
